// The programmatic API: the same stages the CLI runs. Re-exports only.
export { openCase, inTransaction, type CaseDb, type OpenOptions } from "./db/connect.js";
export { FlowtraceError, inputError } from "./errors.js";
export { runCli } from "./cli/run.js";
export { memoryIo, processIo, type Io } from "./cli/io.js";
export { TOOL_VERSION } from "./version.js";
export { ingestFiles, type IngestOptions, type IngestResult, type SourceReport } from "./ingest/ingestFiles.js";
export type { FormatReader, FormatOptions, StageContext } from "./ingest/format.js";
export { writeReport, buildReport, type ReportOptions, type ReportResult } from "./report/writeReport.js";
export type { ReportData } from "./report/model.js";
export { matchStatements, type MatchOptions, type MatchResult, type StatementMatch } from "./statements/matchStatements.js";
export { seedsFromStatements, confirmedSeeds, writeSeedFile } from "./statements/seedsFromStatements.js";
export { resolveEntities, type ResolveOptions, type ResolveResult } from "./entities/resolveEntities.js";
export { nameSimilarity } from "./entities/nameSimilarity.js";
export { inferBridges, type Bridge, type BridgeOptions } from "./hawala/inferBridges.js";
export { exportCase, EXPORT_FORMATS, type ExportFormat, type ExportOptions, type ExportResult } from "./export/exportCase.js";
export { redactorFor, redactData } from "./redact/redactFor.js";
