// CSV for spreadsheets: quoted where needed, and cells that a spreadsheet would run as a
// formula (=, +, -, @, tab, CR at the start) prefixed with an apostrophe, since account names
// and references are user data (`=HYPERLINK(` must stay text).
export function csvText(columns: string[], rows: unknown[][]): string {
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return "";
    let s = typeof v === "string" ? v : String(v);
    if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns, ...rows].map((r) => r.map(cell).join(",")).join("\n") + "\n";
}
