// Reading a statements CSV: every field as written; a missing statement_id column or a
// repeated statement id is the user's to fix (exit 1, naming file, row and value).
import type { DuckDBConnection } from "@duckdb/node-api";
import { existsSync } from "node:fs";
import { allJson } from "../db/sql.js";
import { inputError } from "../errors.js";
import type { Statement } from "./statementFacts.js";

export const STATEMENT_COLUMNS = [
  "statement_id", "victim", "payer_name", "payer_phone", "paid_on", "amount",
  "currency", "paid_to", "paid_to_country", "channel", "notes",
] as const;

export async function readStatements(conn: DuckDBConnection, file: string): Promise<Statement[]> {
  if (!existsSync(file)) throw inputError("no_file", "statements file not found", { file });
  let rows: Record<string, unknown>[];
  try {
    rows = await allJson(conn, "statements/read_csv", { path: file });
  } catch (e) {
    throw inputError("bad_statements", `cannot read statements csv: ${(e as Error).message.split("\n")[0]}`, { file });
  }
  const header = rows.length ? Object.keys(rows[0]!) : [];
  for (const col of ["statement_id", "paid_on", "amount"]) {
    if (rows.length && !header.includes(col)) throw inputError("missing_column", `statements file lacks a column: ${col}`, { file });
  }
  const seen = new Set<string>();
  return rows.map((r, i) => {
    const text = (k: string) => (typeof r[k] === "string" && (r[k] as string).trim() !== "" ? (r[k] as string) : null);
    const id = text("statement_id");
    if (!id) throw inputError("missing_statement_id", "statement without a statement_id", { file, row: i + 1, column: "statement_id" });
    if (seen.has(id)) throw inputError("duplicate_statement_id", "statement_id repeated", { file, row: i + 1, column: "statement_id", value: id });
    seen.add(id);
    const s = { file, file_row: i + 1 } as Statement;
    for (const c of STATEMENT_COLUMNS) (s as unknown as Record<string, unknown>)[c] = text(c);
    s.statement_id = id;
    return s;
  });
}
