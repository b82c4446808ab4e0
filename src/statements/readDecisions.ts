// The investigator's word on statement matches: a CSV `statement_id,tx_id,decision[,note]`
// with decision `confirm` (this transfer is the payment, whatever the score) or `reject` (it
// is not, however well it scores). Confirmed matches are what goes to court; the scores only
// propose them.
import type { DuckDBConnection } from "@duckdb/node-api";
import { existsSync } from "node:fs";
import { allJson } from "../db/sql.js";
import { inputError } from "../errors.js";

export interface Decision { statement_id: string; tx_id: string; confirm: boolean; note: string | null; row: number; file: string }

export async function readDecisions(conn: DuckDBConnection, file: string): Promise<Decision[]> {
  if (!existsSync(file)) throw inputError("no_file", "decisions file not found", { file });
  const rows = (await allJson(conn, "statements/read_csv", { path: file })) as Record<string, string | null>[];
  for (const c of ["statement_id", "tx_id", "decision"]) if (rows.length && !(c in rows[0]!)) throw inputError("missing_column", `decisions file lacks a column: ${c}`, { file });
  return rows.map((r, i) => {
    const d = r.decision?.trim().toLowerCase();
    if (d !== "confirm" && d !== "reject") throw inputError("bad_decision", "decision must be confirm or reject", { file, row: i + 1, column: "decision", value: r.decision ?? "" });
    if (!r.statement_id || !r.tx_id) throw inputError("bad_decision", "statement_id and tx_id are needed", { file, row: i + 1 });
    return { statement_id: r.statement_id.trim(), tx_id: r.tx_id.trim(), confirm: d === "confirm", note: r.note ?? null, row: i + 1, file };
  });
}
