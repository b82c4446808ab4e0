// How commands print: one JSON document (--json) or an aligned text table for a person.
import type { Io } from "./io.js";

export function printJson(io: Io, doc: unknown): void {
  io.out(JSON.stringify(doc, null, 2) + "\n");
}

/** Plain aligned columns; numbers right-aligned. Cells are shown as given (no markup on a terminal). */
export function formatTable(columns: string[], rows: unknown[][]): string {
  const text = rows.map((r) => r.map(cellText));
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((r) => r[i] === null || r[i] === undefined || typeof r[i] === "number" || typeof r[i] === "bigint"));
  const widths = columns.map((c, i) => Math.max(c.length, ...text.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(columns), widths.map((w) => "-".repeat(w)).join("  "), ...text.map(line)].join("\n") + "\n";
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.replace(/[\r\n\t]+/g, " ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

export { money } from "../format/money.js";
