// RFC 4180 CSV. Text is written exactly as recorded (a name like "=HYPERLINK(" stays as
// data); fields with commas, quotes or line breaks are quoted.
import type { Row } from "./exportData.js";
import { csvField } from "../format/csvField.js";

export function* toCsv(rows: Row[], columns: readonly string[]): Generator<string> {
  yield columns.join(",") + "\n";
  for (const r of rows) yield columns.map((c) => csvField(r[c])).join(",") + "\n";
}
