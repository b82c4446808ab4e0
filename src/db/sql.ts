// The only reader of sql/: loads a named query file, checks that the values passed match the
// parameters the SQL declares, binds them and runs it. One statement per file (the client
// binds parameters only to the last statement of a multi-statement string).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection, DuckDBResult, DuckDBValue } from "@duckdb/node-api";
import { packageRoot } from "../paths.js";

export type Params = Record<string, DuckDBValue>;
type Json = ReturnType<typeof JSON.parse>;

const cache = new Map<string, string>();

/** The text of `sql/<name>.sql` (name without extension, e.g. "trace/poison"). */
export function sqlText(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(packageRoot(), "sql", `${name}.sql`), "utf8");
    cache.set(name, text);
  }
  return text;
}

async function prepared(conn: DuckDBConnection, name: string, params: Params) {
  const stmt = await conn.prepare(sqlText(name));
  const declared: string[] = [];
  for (let i = 1; i <= stmt.parameterCount; i++) declared.push(stmt.parameterName(i));
  const given = Object.keys(params);
  const missing = declared.filter((p) => !(p in params));
  const extra = given.filter((p) => !declared.includes(p));
  if (missing.length || extra.length) {
    throw new Error(
      `sql/${name}.sql parameters do not match: missing [${missing.join(", ")}], unexpected [${extra.join(", ")}]`,
    );
  }
  if (declared.length) stmt.bind(params);
  return stmt;
}

/** Run a statement for its effect; returns the number of rows changed where DuckDB reports it. */
export async function exec(conn: DuckDBConnection, name: string, params: Params = {}): Promise<number> {
  const stmt = await prepared(conn, name, params);
  const result = await stmt.run();
  return Number(result.rowsChanged);
}

/** All rows as JSON-safe objects: BIGINT, DECIMAL, timestamps come back as strings (exact). */
export async function allJson(conn: DuckDBConnection, name: string, params: Params = {}): Promise<Record<string, Json>[]> {
  const stmt = await prepared(conn, name, params);
  const reader = await stmt.runAndReadAll();
  return reader.getRowObjectsJson() as Record<string, Json>[];
}

/** All rows as plain JS values (numbers for DOUBLE/INTEGER, bigint for BIGINT, Date for timestamps). */
export async function allJS(conn: DuckDBConnection, name: string, params: Params = {}): Promise<Record<string, unknown>[]> {
  const stmt = await prepared(conn, name, params);
  const reader = await stmt.runAndReadAll();
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

/** A streaming result, for reading large results chunk by chunk into typed arrays. */
export async function stream(conn: DuckDBConnection, name: string, params: Params = {}): Promise<DuckDBResult> {
  const stmt = await prepared(conn, name, params);
  return stmt.stream();
}
