// The programmatic API: the same stages the CLI runs. Re-exports only, and only what is stable
// (documented in the README, "Programmatic API"); the engine's internals (the allocation pass,
// its typed-array results, format readers) are not part of it and may change.
export { openCase, inTransaction, type CaseDb, type OpenOptions } from "./db/connect.js";
export { FlowtraceError, inputError } from "./errors.js";
export { runCli } from "./cli/run.js";
export { memoryIo, processIo, type Io } from "./cli/io.js";
export { TOOL_VERSION } from "./version.js";
export { ingestFiles, type IngestOptions, type IngestResult, type SourceReport } from "./ingest/ingestFiles.js";
export { writeReport, buildReport, type ReportOptions, type ReportResult } from "./report/writeReport.js";
export type { ReportData } from "./report/model.js";
export { matchStatements, type MatchOptions, type MatchResult, type StatementMatch } from "./statements/matchStatements.js";
export { seedsFromStatements, confirmedSeeds, writeSeedFile } from "./statements/seedsFromStatements.js";
export { resolveEntities, type ResolveOptions, type ResolveResult } from "./entities/resolveEntities.js";
export { nameSimilarity } from "./entities/nameSimilarity.js";
export { inferBridges, type Bridge, type BridgeOptions } from "./hawala/inferBridges.js";
export { exportCase, EXPORT_FORMATS, type ExportFormat, type ExportOptions, type ExportResult } from "./export/exportCase.js";
export { redactionFor, redactData } from "./redact/redactFor.js";
export { readSuspects } from "./redact/readSuspects.js";
export type { Redaction } from "./redact/createRedaction.js";
export { detect, type DetectOptions } from "./detect/detect.js";
export { findingSeeds } from "./detect/findingSeeds.js";
export { defaultConfig as defaultDetectConfig, loadConfig as loadDetectConfig, detectConfigSchema, type DetectConfig } from "./detect/config.js";
export type { AccountResult, DetectResult, Finding, Role } from "./detect/types.js";
export { inferredLinks, type InferredLink } from "./hawala/inferredLinks.js";
export { traceCase } from "./trace/traceCase.js";
export type { TraceRequest } from "./trace/traceRequest.js";
export { runDocument, type TraceDoc } from "./trace/runDocument.js";
export { resolveSeeds } from "./trace/resolveSeeds.js";
export { findPaths, type PathQuery } from "./trace/findPaths.js";
export { METHODS, type Method } from "./trace/types.js";
export { addNote, editNote, retractNote, listNotes, noteHistory, currentLabels, suspectAccounts, exclusions, LABELS, SUSPECT_LABELS, type Note, type Label } from "./casework/notes.js";
export { custodyEntries, custodyHead, verifyCustody, tableDigests, type CustodyEntry } from "./casework/custody.js";
export { writeBundle, checkBundle, unbundle, readManifest, type Manifest } from "./casework/bundle.js";
export { xrefCases, type XrefCase, type XrefLink } from "./casework/xref.js";
