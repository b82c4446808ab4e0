// One CSV field, RFC 4180: quoted when it holds a comma, a quote or a line break; empty for
// null/undefined. Every CSV flowtrace writes (exports, next-steps, ledgers, seed files,
// generated cases) goes through this, so one policy holds for all of them (docs/security.md,
// "CSV formula policy"):
//
// A text cell that a spreadsheet would run as a formula, one starting with =, +, -, @, a tab
// or a carriage return, is written with an apostrophe in front ('=HYPERLINK(...)), which
// spreadsheets show as text. Names, references and details are user data and may be crafted
// (OWASP "CSV injection"). A plain signed number ("-1668.00", "-1,668.00", "+5") is no formula
// and is written as is, so amounts keep their sign. Numbers and bigints are never changed.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?[0-9][0-9,]*(\.[0-9]+)?$/;

/** The text as a spreadsheet-safe cell value (before quoting). */
export function csvSafeText(s: string): string {
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

export function csvField(v: unknown): string {
  return v === null || v === undefined ? "" : quoted(typeof v === "string" ? csvSafeText(v) : String(v));
}

/** The field exactly as recorded, for CSV no person opens: the private staging file the
 *  Parquet export hands to DuckDB (src/export/writeParquet.ts), where an apostrophe would be
 *  data. Never for a file the tool gives the user. */
export function csvFieldExact(v: unknown): string {
  return v === null || v === undefined ? "" : quoted(String(v));
}

function quoted(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
