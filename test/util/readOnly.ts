// Rows of a query against a case opened read-only with plain DuckDB (what a test checks the
// case holds, without flowtrace's own reader in between).
import { DuckDBInstance } from "@duckdb/node-api";

export async function queryReadOnly(db: string, sql: string): Promise<Record<string, any>[]> {
  const inst = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
  const conn = await inst.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, any>[];
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}
