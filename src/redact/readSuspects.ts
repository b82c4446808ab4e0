// `--suspects FILE`: the accounts an investigator marks as suspects, which redaction leaves
// visible. One account id per line as the case writes it (`wallet:+254712345678`); blank
// lines, lines starting with # and a first line `account_id` are skipped. Every id must be in
// the case: a mistyped id would otherwise pseudonymise the suspect it meant to show.
import { readFileSync } from "node:fs";
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { inputError } from "../errors.js";

export async function readSuspects(db: CaseDb, file: string): Promise<string[]> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw inputError("bad_suspects", `cannot read the suspects list: ${(e as NodeJS.ErrnoException).code ?? "error"}`, { file });
  }
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).map((l, i) => ({ id: l.trim(), row: i + 1 }))
    .filter((l, i) => l.id && !l.id.startsWith("#") && !(i === 0 && l.id === "account_id"));
  const ids = [...new Set(lines.map((l) => l.id))];
  const known = new Set((await allJson(db.conn, "redact/known_accounts", { ids: JSON.stringify(ids) })).map((r) => r.account_id as string));
  const unknown = lines.find((l) => !known.has(l.id));
  if (unknown) throw inputError("unknown_suspect", "suspect account not in the case", { file, row: unknown.row, value: unknown.id });
  return ids;
}
