// Canonical input (docs/spec/cli-contract.md): transfers, accounts and FX rates, recognised by their
// columns, as CSV, Parquet, NDJSON or Arrow IPC. Each is read as text, set-based in DuckDB.
import { allJson, exec } from "../db/sql.js";
import { blankLineOffsets } from "./blankLines.js";
import type { CanonicalKind } from "./canonicalColumns.js";
import { canonicalKind, csvHeader } from "./canonicalColumns.js";
import { fileContainer, fileHead } from "./container.js";
import type { FormatReader, StageContext } from "./format.js";
import { stageArrow } from "./stageArrow.js";

/** Blank-line offsets, scanned only when DuckDB rejected rows (their numbers need them). */
async function blankLinesIfRejects(ctx: StageContext) {
  const n = Number((await allJson(ctx.db.conn, "ingest/csv_rejects_count"))[0]!.n);
  return `[${n > 0 ? (await blankLineOffsets(ctx.path)).join(",") : ""}]`;
}

async function stageCanonical(kind: CanonicalKind, ctx: StageContext): Promise<void> {
  const { conn } = ctx.db;
  const path = ctx.path;
  switch (fileContainer(fileHead(path, 4096), path)) {
    case "csv":
      await exec(conn, "ingest/csv_rejects_drop");
      await exec(conn, "ingest/csv_reject_scans_drop");
      await exec(conn, `ingest/csv_${kind}_stage`, { path });
      await exec(conn, "ingest/csv_rejects_stage", { blank_lines: await blankLinesIfRejects(ctx) });
      break;
    case "parquet":
      await exec(conn, `ingest/parquet_${kind}_stage`, { path });
      break;
    case "ndjson":
      await exec(conn, "ingest/ndjson_lines_create", { path });
      await exec(conn, `ingest/ndjson_${kind}_stage`);
      await exec(conn, "ingest/ndjson_rejects_stage");
      break;
    case "arrow":
      await stageArrow(ctx.db, kind, path);
      break;
  }
  // CSV rows are numbered from insertion order; the other containers number their own.
  await exec(conn, `ingest/stage_${kind}_number`);
}

function reader(kind: CanonicalKind): FormatReader {
  return {
    name: `canonical-${kind}`,
    recordKind: kind,
    stagesOnly: true,
    // CSV by its header line; binary containers are recognised by their columns in detectFormat.
    detect: (head) => canonicalKind(csvHeader(head)) === kind,
    stage: (ctx) => stageCanonical(kind, ctx),
  };
}

export const canonicalReaders: FormatReader[] = [reader("transfers"), reader("accounts"), reader("fx")];
