// Canonical input (docs/spec/cli-contract.md): transfers, accounts and FX rates, recognised by their
// columns, as CSV, Parquet, NDJSON or Arrow IPC. Each is read as text, set-based in DuckDB.
import { exec } from "../db/sql.js";
import type { CanonicalKind } from "./canonicalColumns.js";
import { canonicalKind, csvHeader } from "./canonicalColumns.js";
import { fileContainer, fileHead } from "./container.js";
import type { FormatReader, StageContext } from "./format.js";
import { stageArrow } from "./stageArrow.js";
import { stageCanonicalCsv } from "./stageCsv.js";

async function stageCanonical(kind: CanonicalKind, ctx: StageContext): Promise<void> {
  const { conn } = ctx.db;
  const path = ctx.path;
  switch (fileContainer(fileHead(path, 4096), path)) {
    case "csv":
      await stageCanonicalCsv(kind, ctx);
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
