// Finding the table inside a statement export: the preamble lines before the header (customer
// name, mobile number, period), the header line itself and the position of each wanted column.
import { readFileSync } from "node:fs";
import { inputError } from "../../errors.js";

export interface StatementHead {
  /** Physical lines before the first data line (preamble + header). */
  skip: number;
  /** The header's column names as given. */
  header: string[];
  /** "key: value" pairs of the preamble (keys lowercased, without the colon). */
  preamble: Map<string, string>;
}

/** The first 64 KiB of a file as text (BOM removed). */
export function fileHead(path: string): string {
  const buf = readFileSync(path).subarray(0, 65536);
  return buf.toString("utf8").replace(/^\uFEFF/, "");
}

/** Locate the header: the first line whose first cell matches `first`. */
export function statementHead(path: string, first: RegExp): StatementHead {
  const lines = fileHead(path).split(/\r?\n/);
  const preamble = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const cells = splitCsvLine(lines[i]!);
    if (first.test((cells[0] ?? "").trim())) {
      return { skip: i + 1, header: cells.map((c) => c.trim()), preamble };
    }
    const kv = preambleLine(cells);
    if (kv) preamble.set(kv[0], kv[1]);
  }
  throw inputError("no_header", `no statement header found (expected a line starting with ${first.source})`, { file: path });
}

/** "Customer Name: X", "Customer Name:,X" or "Customer Name,X" → ["customer name", "X"]. */
function preambleLine(cells: string[]): [string, string] | null {
  const first = (cells[0] ?? "").trim();
  const colon = first.indexOf(":");
  let key: string;
  let value: string;
  if (colon > 0) {
    key = first.slice(0, colon);
    value = first.slice(colon + 1).trim() || (cells.slice(1).find((c) => c.trim()) ?? "");
  } else if (cells.length > 1) {
    key = first;
    value = cells.slice(1).find((c) => c.trim()) ?? "";
  } else return null;
  key = key.trim().toLowerCase();
  return /^[a-z][a-z .]{1,40}$/.test(key) ? [key, value.trim()] : null;
}

/** 1-based position of the first header cell matching one of `names` (case/punctuation-insensitive). */
export function column(head: StatementHead, path: string, ...names: string[]): number {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  const wanted = names.map(norm);
  const i = head.header.findIndex((h) => wanted.includes(norm(h)));
  if (i < 0) throw inputError("missing_column", `missing column: ${names[0]}`, { file: path, row: head.skip - 1, column: names[0] });
  return i + 1;
}

/** A header or preamble line split on commas, honouring double quotes (one physical line). */
export function splitCsvLine(line: string, delim = ","): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delim) { out.push(cur); cur = ""; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}
