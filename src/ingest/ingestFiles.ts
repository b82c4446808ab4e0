// The ingestion stage: load files into a case so that nothing is lost, altered or silently
// dropped. Every file is recognised first (an unrecognised one stops the command before
// anything loads), then loaded in its own transaction, FX rates and accounts before transfers
// so that transfers in the same command can be valued and described.
import { statSync } from "node:fs";
import type { Io } from "../cli/io.js";
import type { CaseDb } from "../db/connect.js";
import { allJson, exec, sqlText } from "../db/sql.js";
import { FlowtraceError, inputError } from "../errors.js";
import { TOOL_VERSION } from "../version.js";
import { detectFormat } from "./detectFormat.js";
import { fileSha256 } from "./fileSha256.js";
import type { FormatOptions } from "./format.js";
import { watchProgress } from "./watchProgress.js";
import { expandInputs, type SkippedFile } from "./folderInputs.js";
import { loadFile, type LoadSettings, type PlannedFile, type SourceReport } from "./loadFile.js";

export type { SourceReport } from "./loadFile.js";
export type { SkippedFile } from "./folderInputs.js";

export interface IngestOptions {
  /** Reader name (--format); "canonical" picks the canonical kind by columns. */
  format?: string;
  /** Parsed --mapping JSON, and where it came from (recorded). */
  mapping?: unknown;
  mappingPath?: string;
  timezone?: string;
  owner?: string;
  /** Phone country hint (ISO 3166-1 alpha-2) for formats that read phone numbers. */
  country?: string;
  /** Epoch of simulators that count time in steps (PaySim, AMLSim legacy). */
  epoch?: string;
  /** Currency for formats whose rows carry none. */
  currency?: string;
  /** Password of protected PDF statements (never recorded). */
  password?: string;
  /** Only use FX rates with this declared source. */
  rateSource?: string;
  /** No progress lines on stderr (--json). */
  quiet?: boolean;
  /** DuckDB memory limit while loading (default 2GB; larger intermediates spill to disk). */
  memoryLimit?: string;
  /** Test hook, see LoadSettings.beforeCommit. */
  beforeCommit?: LoadSettings["beforeCommit"];
}

export interface IngestResult {
  sources: SourceReport[];
  /** Files of a folder that were not loaded, and why (mapping files are used, not loaded). */
  skipped: SkippedFile[];
}

const KIND_ORDER: Record<string, number> = { fx: 0, accounts: 1 };
// Within a folder: operators' exports and hawala ledgers before the statements that show the
// same money arriving, so a statement's row is merged into the operator's or broker's record
// (whose reference is the transfer's id; see crossSource.ts), then bank statements.
const FOLDER_ORDER: Record<string, number> = { mto: 0, hawala: 1, "bank-csv": 2 };

interface Planned extends PlannedFile {
  /** Command-line argument it came from, and its position among the files. */
  arg: number;
  pos: number;
  inFolder: boolean;
  formatOptions: FormatOptions;
  recordedOptions: Record<string, unknown>;
}

export async function ingestFiles(db: CaseDb, paths: string[], options: IngestOptions, io: Io): Promise<IngestResult> {
  const inputs = expandInputs(paths);
  const skipped = [...inputs.skipped];
  const planned: Planned[] = [];
  for (const input of inputs.files) {
    const { path } = input;
    let size: number;
    try {
      const st = statSync(path);
      if (!st.isFile()) throw new Error("not a file");
      size = st.size;
    } catch {
      throw inputError("file_not_found", "no such file or folder", { file: path });
    }
    // The command line's options win over what a folder says about its files.
    const s = input.settings;
    const own = {
      format: options.format ?? s.format, mapping: options.mapping ?? s.mapping,
      mappingPath: options.mapping !== undefined ? options.mappingPath : s.mappingPath,
      owner: options.owner ?? s.owner, country: options.country ?? s.country, timezone: options.timezone ?? s.timezone,
      currency: options.currency ?? s.currency,
    };
    let reader;
    try {
      reader = await detectFormat(db, path, own.format, own.mapping !== undefined);
    } catch (e) {
      // In a folder, a file nothing recognises is skipped (named, with the reason), not fatal.
      if (input.inFolder && e instanceof FlowtraceError && e.exitCode === 1) {
        skipped.push({ path, reason: `not loaded: ${e.message}` });
        continue;
      }
      throw e;
    }
    const recordedOptions = Object.fromEntries(
      Object.entries({ format: own.format, mapping: own.mappingPath, mapping_json: own.mapping, timezone: own.timezone,
        owner: own.owner, currency: own.currency, country: own.country, epoch: options.epoch, rate_source: options.rateSource })
        .filter(([, v]) => v !== undefined),
    );
    planned.push({
      path, size, reader, sha256: await fileSha256(path), arg: input.arg, pos: planned.length, inFolder: input.inFolder,
      formatOptions: {
        mapping: own.mapping, timezone: own.timezone, owner: own.owner, currency: own.currency, country: own.country, epoch: options.epoch,
        password: options.password ?? s.password,
      },
      recordedOptions,
    });
  }
  // Stable: FX and accounts first; then each command-line argument's files in argument order
  // (a folder's by FOLDER_ORDER, then name); a transfer file's load sequence follows this order.
  const rank = (f: Planned) => [KIND_ORDER[f.reader.recordKind ?? ""] ?? 2, f.arg, f.inFolder ? FOLDER_ORDER[f.reader.name] ?? 3 : 0, f.pos];
  const ordered = [...planned].sort((a, b) => {
    const x = rank(a), y = rank(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return 0;
  });

  const recordedOptions = Object.fromEntries(
    Object.entries({ format: options.format, mapping: options.mappingPath, mapping_json: options.mapping, timezone: options.timezone,
      owner: options.owner, currency: options.currency, country: options.country, epoch: options.epoch, rate_source: options.rateSource })
      .filter(([, v]) => v !== undefined),
  );
  const logId = await startRunLog(db, { files: paths, ...recordedOptions }, io);
  await db.conn.run(sqlText("ingest/iso4217_create"));
  const previousLimit = String((await allJson(db.conn, "ingest/memory_limit_get"))[0]!.memory_limit);
  await exec(db.conn, "ingest/memory_limit_set", { limit: options.memoryLimit ?? "2GB" });
  try {
    return await loadAll(db, planned, ordered, skipped, logId, options, io);
  } finally {
    await exec(db.conn, "ingest/memory_limit_set", { limit: previousLimit });
  }
}

async function loadAll(
  db: CaseDb, planned: Planned[], ordered: Planned[], skipped: SkippedFile[], logId: number, options: IngestOptions, io: Io,
): Promise<IngestResult> {
  const reports = new Map<PlannedFile, SourceReport>();
  for (const file of ordered) {
    const existing = (await allJson(db.conn, "ingest/source_by_sha", { sha256: file.sha256 }))[0];
    if (existing) {
      if (!options.quiet) io.err(`ingest: ${file.path}: already loaded (same SHA-256 as ${existing.path}), nothing loaded\n`);
      reports.set(file, { path: file.path, sha256: file.sha256, format: String(existing.format), rows_read: 0, rows_loaded: 0, rows_quarantined: 0, already_loaded: true });
      continue;
    }
    const started = Date.now();
    if (!options.quiet) io.err(`ingest: ${file.path}: reading as ${file.reader.name} (${(file.size / 1e6).toFixed(1)} MB)\n`);
    const watch = options.quiet ? undefined : watchProgress(db, io, file.path);
    let report: SourceReport;
    try {
      report = await loadFile(db, file, {
        formatOptions: file.formatOptions, recordedOptions: file.recordedOptions, rateSource: options.rateSource ?? null, beforeCommit: options.beforeCommit,
        onPhase: (name, rows) => watch?.phase(name, rows),
      }, io);
    } catch (e) {
      // A folder's file that cannot be read as what it looked like (a statement without an
      // owner, a damaged spreadsheet) is left out as a whole (its transaction rolled back).
      if (file.inFolder && e instanceof FlowtraceError && e.exitCode === 1) {
        if (!options.quiet) io.err(`ingest: ${file.path}: not loaded: ${e.message}\n`);
        skipped.push({ path: file.path, reason: `not loaded: ${e.message}` });
        continue;
      }
      throw e;
    } finally {
      watch?.stop();
    }
    if (!options.quiet) {
      const secs = Math.max((Date.now() - started) / 1000, 0.001);
      io.err(`ingest: ${file.path}: ${report.rows_read} rows read, ${report.rows_loaded} loaded, ${report.rows_quarantined} quarantined in ${secs.toFixed(1)} s (${Math.round(report.rows_read / secs)} rows/s)\n`);
    }
    reports.set(file, report);
  }
  const result = { sources: planned.filter((f) => reports.has(f)).map((f) => reports.get(f)!), skipped };
  await exec(db.conn, "case/run_log_finish", { log_id: logId, now: io.now().toISOString(), summary: JSON.stringify(result) });
  return result;
}

async function startRunLog(db: CaseDb, options: Record<string, unknown>, io: Io): Promise<number> {
  const rows = await allJson(db.conn, "case/run_log_start", {
    command: "ingest", options: JSON.stringify(options), tool_version: TOOL_VERSION, now: io.now().toISOString(),
  });
  return Number(rows[0]!.log_id);
}
