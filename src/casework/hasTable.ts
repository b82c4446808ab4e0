// Whether the case has a table or view: a case written by an older flowtrace has no casework
// tables until it is opened for writing, and read-only commands must still work on it.
import type { DuckDBConnection } from "@duckdb/node-api";
import { allJson } from "../db/sql.js";

export async function hasTable(conn: DuckDBConnection, name: string): Promise<boolean> {
  return Number((await allJson(conn, "casework/table_exists", { name }))[0]?.n ?? 0) > 0;
}
