// RFC 4180 CSV. Text is written exactly as recorded (a name like "=HYPERLINK(" stays as
// data); fields with commas, quotes or line breaks are quoted.
import type { Row } from "./exportData.js";

export function* toCsv(rows: Row[], columns: readonly string[]): Generator<string> {
  const cell = (v: Row[string] | undefined) => {
    if (v === null || v === undefined) return "";
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  yield columns.join(",") + "\n";
  for (const r of rows) yield columns.map((c) => cell(r[c])).join(",") + "\n";
}
