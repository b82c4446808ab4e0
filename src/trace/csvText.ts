// CSV for spreadsheets: quoted where needed, and cells that a spreadsheet would run as a
// formula (=, +, -, @, tab, CR at the start) prefixed with an apostrophe, since account names
// and references are user data (`=HYPERLINK(` must stay text).
import { csvField } from "../format/csvField.js";

export function csvText(columns: string[], rows: unknown[][]): string {
  const cell = (v: unknown): string => csvField(typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  return [columns, ...rows].map((r) => r.map(cell).join(",")).join("\n") + "\n";
}
