// CSV for spreadsheets (ledger --csv): quoted where needed, formula-like text neutralised, by
// the one CSV policy of src/format/csvField.ts.
import { csvField } from "../format/csvField.js";

export function csvText(columns: string[], rows: unknown[][]): string {
  return [columns, ...rows].map((r) => r.map(csvField).join(",")).join("\n") + "\n";
}
