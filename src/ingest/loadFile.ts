// Load one file in one transaction: stage it with its reader, validate, record the source.
// Either all of it lands (loaded rows, quarantined rows, the sources row) or none of it does.
// Readers that only fill staging tables are staged and checked before the transaction (TEMP
// tables are no part of the case); everything that writes the case is inside it.
import { basename } from "node:path";
import type { Io } from "../cli/io.js";
import { inTransaction, type CaseDb } from "../db/connect.js";
import { allJson, exec } from "../db/sql.js";
import { FlowtraceError, inputError } from "../errors.js";
import type { FormatOptions, FormatReader } from "./format.js";
import { createStagingTables } from "./staging.js";
import { checkStaged, loadChecked, stagedCounts, validateStaged, type StagedCounts, type ValidateParams } from "./validateStaged.js";

export interface PlannedFile {
  path: string;
  sha256: string;
  size: number;
  reader: FormatReader;
}

export interface SourceReport {
  path: string;
  sha256: string;
  format: string;
  rows_read: number;
  rows_loaded: number;
  rows_quarantined: number;
  already_loaded: boolean;
}

export interface LoadSettings {
  formatOptions: FormatOptions;
  /** Recorded in sources.options (what a person would need to load it the same way again). */
  recordedOptions: Record<string, unknown>;
  rateSource: string | null;
  /** Told when the load moves to another phase (for progress lines). */
  onPhase?: (name: string, rows?: number) => void;
  /** Test hook: called after validation, before commit (a throw must leave the case unchanged). */
  beforeCommit?: (file: PlannedFile) => Promise<void> | void;
}

export async function loadFile(db: CaseDb, file: PlannedFile, settings: LoadSettings, io: Io): Promise<SourceReport> {
  const next = (await allJson(db.conn, "ingest/source_next"))[0]!;
  const params: ValidateParams = {
    sourceId: Number(next.source_id),
    seqBase: BigInt(next.seq_base as string),
    rateSource: settings.rateSource,
    defaultFxSource: basename(file.path),
  };
  if (file.reader.stagesOnly) {
    // Staging and checking write only TEMP tables, so they run before the transaction, where
    // DuckDB scans committed temp data in parallel (uncommitted data it scans on one thread).
    const counts = await stageFile(db, file, params.sourceId, settings, io);
    await checkStaged(db, counts, params);
    return inTransaction(db, async () => {
      await loadChecked(db, counts, params);
      return finish(db, file, counts, params.sourceId, settings, io);
    });
  }
  return inTransaction(db, async () => {
    const counts = await stageFile(db, file, params.sourceId, settings, io);
    await validateStaged(db, counts, params);
    return finish(db, file, counts, params.sourceId, settings, io);
  });
}

async function stageFile(db: CaseDb, file: PlannedFile, sourceId: number, settings: LoadSettings, io: Io): Promise<StagedCounts> {
  await createStagingTables(db);
  try {
    await file.reader.stage({ db, path: file.path, sourceId, options: settings.formatOptions, io });
  } catch (e) {
    // A reader's own errors already say what is wrong; anything DuckDB or a parser throws
    // while reading means the file is not what it claimed to be (truncated Parquet, ...).
    if (e instanceof FlowtraceError) throw e;
    throw inputError("unreadable_file", `cannot read file as ${file.reader.name}: ${String((e as Error).message).split("\n")[0]!.toLowerCase()}`, { file: file.path });
  }
  const counts = await stagedCounts(db);
  settings.onPhase?.("checking and loading", counts.transfers + counts.accounts + counts.fx + counts.rejects);
  if (counts.repeatedRows > 0) {
    throw new FlowtraceError("reader_bug", `format ${file.reader.name} staged a row twice`, { file: file.path }, 2);
  }
  return counts;
}

/** Verify the row counts, record the source, and report (inside the load transaction). */
async function finish(db: CaseDb, file: PlannedFile, counts: StagedCounts, sourceId: number, settings: LoadSettings, io: Io): Promise<SourceReport> {
  const done = (await allJson(db.conn, "ingest/file_counts", { source_id: sourceId }))[0]!;
  const read = counts.transfers + counts.accounts + counts.fx + counts.rejects;
  const loaded = Number(done.loaded);
  const quarantined = Number(done.quarantined);
  if (read !== loaded + quarantined) {
    // Never commit a file whose rows do not add up: that would be a silent loss.
    throw new FlowtraceError("row_count", `rows do not add up: read ${read}, loaded ${loaded}, quarantined ${quarantined}`, { file: file.path }, 2);
  }
  await exec(db.conn, "ingest/source_insert", {
    source_id: sourceId, path: file.path, file_name: basename(file.path), sha256: file.sha256,
    size_bytes: BigInt(file.size), format: file.reader.name, record_kind: file.reader.recordKind ?? "transfers",
    options: JSON.stringify(settings.recordedOptions), loaded_at: io.now().toISOString(),
    rows_read: BigInt(read), rows_loaded: BigInt(loaded), rows_quarantined: BigInt(quarantined),
  });
  await settings.beforeCommit?.(file);
  return {
    path: file.path, sha256: file.sha256, format: file.reader.name,
    rows_read: read, rows_loaded: loaded, rows_quarantined: quarantined, already_loaded: false,
  };
}
