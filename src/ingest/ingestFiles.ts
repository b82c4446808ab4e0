// The ingestion stage: load files into a case so that nothing is lost, altered or silently
// dropped. Every file is recognised first (an unrecognised one stops the command before
// anything loads), then loaded in its own transaction, FX rates and accounts before transfers
// so that transfers in the same command can be valued and described.
import { statSync } from "node:fs";
import type { Io } from "../cli/io.js";
import type { CaseDb } from "../db/connect.js";
import { allJson, exec, sqlText } from "../db/sql.js";
import { inputError } from "../errors.js";
import { TOOL_VERSION } from "../version.js";
import { detectFormat } from "./detectFormat.js";
import { fileSha256 } from "./fileSha256.js";
import type { FormatOptions } from "./format.js";
import { watchProgress } from "./watchProgress.js";
import { loadFile, type LoadSettings, type PlannedFile, type SourceReport } from "./loadFile.js";

export type { SourceReport } from "./loadFile.js";

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
}

const KIND_ORDER: Record<string, number> = { fx: 0, accounts: 1 };

export async function ingestFiles(db: CaseDb, paths: string[], options: IngestOptions, io: Io): Promise<IngestResult> {
  const planned: PlannedFile[] = [];
  for (const path of paths) {
    let size: number;
    try {
      const st = statSync(path);
      if (!st.isFile()) throw new Error("not a file");
      size = st.size;
    } catch {
      throw inputError("file_not_found", "no such file", { file: path });
    }
    const reader = await detectFormat(db, path, options.format);
    planned.push({ path, size, reader, sha256: await fileSha256(path) });
  }
  // Stable: transfer files keep their command-line order (their load sequence follows it).
  const ordered = planned
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (KIND_ORDER[a.f.reader.recordKind ?? ""] ?? 2) - (KIND_ORDER[b.f.reader.recordKind ?? ""] ?? 2) || a.i - b.i)
    .map((x) => x.f);

  const formatOptions: FormatOptions = {
    mapping: options.mapping, timezone: options.timezone, owner: options.owner, currency: options.currency,
    country: options.country, epoch: options.epoch, password: options.password,
  };
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
    return await loadAll(db, planned, ordered, logId, { ...options, formatOptions, recordedOptions }, io);
  } finally {
    await exec(db.conn, "ingest/memory_limit_set", { limit: previousLimit });
  }
}

async function loadAll(
  db: CaseDb, planned: PlannedFile[], ordered: PlannedFile[], logId: number,
  options: IngestOptions & Pick<LoadSettings, "formatOptions" | "recordedOptions">, io: Io,
): Promise<IngestResult> {
  const { formatOptions, recordedOptions } = options;
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
        formatOptions, recordedOptions, rateSource: options.rateSource ?? null, beforeCommit: options.beforeCommit,
        onPhase: (name, rows) => watch?.phase(name, rows),
      }, io);
    } finally {
      watch?.stop();
    }
    if (!options.quiet) {
      const secs = Math.max((Date.now() - started) / 1000, 0.001);
      io.err(`ingest: ${file.path}: ${report.rows_read} rows read, ${report.rows_loaded} loaded, ${report.rows_quarantined} quarantined in ${secs.toFixed(1)} s (${Math.round(report.rows_read / secs)} rows/s)\n`);
    }
    reports.set(file, report);
  }
  const result = { sources: planned.map((f) => reports.get(f)!) };
  await exec(db.conn, "case/run_log_finish", { log_id: logId, now: io.now().toISOString(), summary: JSON.stringify(result) });
  return result;
}

async function startRunLog(db: CaseDb, options: Record<string, unknown>, io: Io): Promise<number> {
  const rows = await allJson(db.conn, "case/run_log_start", {
    command: "ingest", options: JSON.stringify(options), tool_version: TOOL_VERSION, now: io.now().toISOString(),
  });
  return Number(rows[0]!.log_id);
}
