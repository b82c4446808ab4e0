// The table of an M-Pesa statement PDF, from its positioned lines (pdfText.ts): the preamble
// (customer name, mobile number), the summary block's TOTAL line, and the detailed rows. The
// header (Receipt No., Completion Time, Details, Transaction Status, Paid In, Withdrawn,
// Balance) is repeated on every page and fixes that page's columns: each text piece goes to
// the column it overlaps most. A row starts at a line with a receipt number; the lines below
// it with no receipt (Details, or a time, wrapped onto several lines) belong to it. Page
// furniture (page numbers, verification code, disclaimer) ends a page's table. A row that
// repeats the last row of the previous page exactly (printed at both page ends) is a duplicate.
import { inputError } from "../../errors.js";
import type { PdfLine, PdfPiece } from "./pdfText.js";

export const MPESA_COLUMNS = ["Receipt No.", "Completion Time", "Details", "Transaction Status", "Paid In", "Withdrawn", "Balance"] as const;
const HEADER_NAMES: Record<(typeof MPESA_COLUMNS)[number], string[]> = {
  "Receipt No.": ["receipt no", "receipt"],
  "Completion Time": ["completion time", "date", "transaction time"],
  Details: ["details", "description"],
  "Transaction Status": ["transaction status", "status"],
  "Paid In": ["paid in", "credit"],
  Withdrawn: ["withdrawn", "paid out", "debit", "withdraw n"],
  Balance: ["balance"],
};
const RECEIPT = /^[A-Z0-9]{8,12}$/;
const FURNITURE = /^page \d+ of \d+$|verification code|disclaimer|^m-pesa statement$/i;

export interface MpesaPdfRow {
  /** Cells by column, as printed (wrapped lines joined by one space). */
  cells: string[];
  page: number;
  /** Line on the page where the row starts. */
  line: number;
  /** The row repeats the last row of the previous page exactly. */
  duplicateOf: number | null;
}

export interface MpesaPdfLayout {
  preamble: Map<string, string>;
  /** The summary block's TOTAL line: Paid In and Paid Out as printed, when there is one. */
  totals: { paidIn: string; paidOut: string } | null;
  rows: MpesaPdfRow[];
  /** The header as printed (first page), for raw rows. */
  header: string[];
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** The column starts of a header line, or null when the line is not the header. */
function headerColumns(line: PdfLine): { starts: number[]; names: string[] } | null {
  if (!/^receipt\s*no/i.test(line.text)) return null;
  // A header cell may be split into pieces ("Paid", "In"): take the longest run of up to three
  // pieces that names the column ("Receipt No." over "Receipt").
  const starts: number[] = [];
  const names: string[] = [];
  let i = 0;
  for (const col of MPESA_COLUMNS) {
    let found = false;
    for (let k = Math.min(3, line.pieces.length - i); k >= 1 && !found; k--) {
      const text = line.pieces.slice(i, i + k).map((p) => p.str).join(" ");
      if (HEADER_NAMES[col].includes(norm(text))) {
        starts.push(line.pieces[i]!.x);
        names.push(text);
        i += k;
        found = true;
      }
    }
    if (!found) return null;
  }
  return { starts, names };
}

/** The column a piece overlaps most (regions run from one header start to the next). */
function columnOf(p: PdfPiece, starts: number[]): number {
  let best = 0;
  let bestOverlap = -Infinity;
  for (let c = 0; c < starts.length; c++) {
    const lo = c === 0 ? -Infinity : starts[c]! - 2;
    const hi = c + 1 < starts.length ? starts[c + 1]! - 2 : Infinity;
    const overlap = Math.min(p.right, hi) - Math.max(p.x, lo);
    if (overlap > bestOverlap) { best = c; bestOverlap = overlap; }
  }
  return best;
}

export function mpesaPdfLayout(lines: PdfLine[], path: string): MpesaPdfLayout {
  const preamble = new Map<string, string>();
  let totals: MpesaPdfLayout["totals"] = null;
  const rows: MpesaPdfRow[] = [];
  let header: string[] | null = null;
  let page = 0;
  let starts: number[] | null = null;
  let inTable = false;
  let current: { cells: string[][]; page: number; line: number } | null = null;
  const finish = () => {
    if (!current) return;
    rows.push({ cells: current.cells.map((c) => c.join(" ")), page: current.page, line: current.line, duplicateOf: null });
    current = null;
  };
  for (const l of lines) {
    if (l.page !== page) {
      finish();
      page = l.page;
      starts = null;
      inTable = false;
    }
    const cols = headerColumns(l);
    if (cols) {
      header ??= cols.names;
      starts = cols.starts;
      inTable = true;
      continue;
    }
    if (!inTable || !starts) {
      // Before the table: "Customer Name: X" pairs, and the summary block's TOTAL line.
      if (/^total\b/i.test(l.text)) {
        const amounts = l.pieces.map((p) => p.str).filter((s) => /^-?[\d,]+\.\d{2}$/.test(s));
        if (amounts.length >= 2) totals = { paidIn: amounts[0]!, paidOut: amounts[1]! };
        continue;
      }
      const kv = /^([A-Za-z][A-Za-z .]{1,40}?)\s*:\s*(.*)$/.exec(l.text);
      if (kv && !preamble.has(kv[1]!.toLowerCase())) preamble.set(kv[1]!.toLowerCase(), kv[2]!.trim());
      continue;
    }
    if (FURNITURE.test(l.text.trim())) {
      finish();
      inTable = false;
      continue;
    }
    const byCol: string[][] = MPESA_COLUMNS.map(() => []);
    for (const p of l.pieces) byCol[columnOf(p, starts)]!.push(p.str);
    const receipt = byCol[0]!.join(" ");
    if (RECEIPT.test(receipt)) {
      finish();
      current = { cells: byCol, page: l.page, line: l.line };
      continue;
    }
    if (receipt !== "" || !current) {
      // Text in the receipt column that is no receipt: the table has ended on this page.
      finish();
      inTable = false;
      continue;
    }
    // A continuation: wrapped Details (or a time split over two lines).
    byCol.forEach((parts, c) => current!.cells[c]!.push(...parts));
  }
  finish();
  if (!header) throw inputError("not_this_format", "no M-Pesa statement table found (expected a header line starting with Receipt No.)", { file: path });
  // A row printed at the bottom of one page and again at the top of the next.
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i]!;
    const prev = rows[i - 1]!;
    if (r.page === prev.page + 1 && isFirstOnPage(rows, i) && r.cells.every((c, k) => c === prev.cells[k])) r.duplicateOf = i - 1;
  }
  return { preamble, totals, rows, header };
}

function isFirstOnPage(rows: MpesaPdfRow[], i: number): boolean {
  return i === 0 || rows[i - 1]!.page !== rows[i]!.page;
}
