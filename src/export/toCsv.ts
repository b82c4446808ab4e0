// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, and text a spreadsheet
// would run as a formula ("=HYPERLINK(") gets an apostrophe in front (src/format/csvField.ts).
import type { Row } from "./exportData.js";
import { csvField, csvFieldExact } from "../format/csvField.js";

/** exact: no formula policy (only for the Parquet export's private staging file). */
export function* toCsv(rows: Row[], columns: readonly string[], exact = false): Generator<string> {
  const field = exact ? csvFieldExact : csvField;
  yield columns.join(",") + "\n";
  for (const r of rows) yield columns.map((c) => field(r[c])).join(",") + "\n";
}
