// Parquet through DuckDB's own writer (COPY … FORMAT parquet), from rows staged as CSV in a
// private temporary directory, with the column types fixed in sql/export/parquet_*.sql.
// A separate in-memory DuckDB does the writing, so the case can stay read-only.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { exec } from "../db/sql.js";
import type { Row } from "./exportData.js";
import { toCsv } from "./toCsv.js";
import { writeChunks } from "./writeChunks.js";

export async function writeParquet(out: string, rows: Row[], columns: readonly string[], table: "transfers" | "accounts" | "ledger"): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "flowtrace-parquet-"));
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  try {
    const csv = join(dir, `${table}.csv`);
    writeChunks(csv, toCsv(rows, columns, true));
    await conn.run("SET TimeZone = 'UTC'");
    await exec(conn, `export/parquet_${table}`, { csv, out });
  } finally {
    conn.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}
