// How commands print: one JSON document (--json) or an aligned text table for a person.
import type { Io } from "./io.js";

/**
 * Print `doc` exactly as `JSON.stringify(doc, null, 2)` would, but in pieces: a trace that
 * reaches millions of transfers makes a document longer than the longest string V8 can hold
 * (about 512 MB), so the top level and its arrays are written element by element.
 */
export function printJson(io: Io, doc: unknown): void {
  const out = buffered(io);
  writeJson(doc, "", 0, out.write);
  out.end();
}

/** Text gathered into pieces of about 1 MB before it goes to `io.out`; `end` adds the final newline. */
function buffered(io: Io): { write: (text: string) => void; end: () => void } {
  let buf = "";
  return {
    write: (text) => {
      buf += text;
      if (buf.length > 1 << 20) { io.out(buf); buf = ""; }
    },
    end: () => io.out(buf + "\n"),
  };
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (x: unknown) => x === undefined || typeof x === "function" || typeof x === "symbol";

/** An object's members as JSON.stringify writes them. */
const members = (v: object) => Object.entries(v).filter(([, x]) => !omitted(x));

/**
 * A member of the document that is a stream of row batches (`Symbol.asyncIterator`), printed
 * as the array of all their rows: a large trace's transfers go from the query to stdout a
 * batch at a time instead of being held in memory as millions of objects.
 */
export type JsonRows = AsyncIterable<unknown[]>;

const isRows = (v: unknown): v is JsonRows => v !== null && typeof v === "object" && Symbol.asyncIterator in v;

/** printJson for a top-level object some of whose members are JsonRows; same bytes as if they were arrays. */
export async function printJsonStreaming(io: Io, doc: Record<string, unknown>): Promise<void> {
  const { write, end } = buffered(io);
  const entries = members(doc);
  if (entries.length === 0) write("{}");
  else {
    write("{");
    for (const [i, [k, x]] of entries.entries()) {
      write(`${i ? "," : ""}\n  ${JSON.stringify(k)}: `);
      if (!isRows(x)) { writeJson(x, "  ", 1, write); continue; }
      let n = 0;
      for await (const batch of x) {
        if (batch.length === 0) continue;
        // A batch as JSON.stringify writes an array ("[\n  item,\n  item\n]"), without its
        // brackets and two spaces deeper: its items as members of this array (one call per batch).
        write((n ? "," : "[") + JSON.stringify(batch, null, 2).slice(1, -2).replaceAll("\n", "\n  "));
        n += batch.length;
        await io.drained?.(); // a slow reader (a pipe) must not make the printed text pile up
      }
      write(n ? "\n  ]" : "[]");
    }
    write("\n}");
  }
  end();
}

/** Structural levels written piecewise; deeper values are stringified whole and re-indented. */
const PIECEWISE_DEPTH = 2;

function writeJson(value: unknown, indent: string, depth: number, write: (text: string) => void): void {
  const v = value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function"
    ? (value as { toJSON: () => unknown }).toJSON() : value;
  if (depth >= PIECEWISE_DEPTH || v === null || typeof v !== "object") {
    const text = JSON.stringify(v, null, 2) ?? "null";
    write(indent ? text.replaceAll("\n", `\n${indent}`) : text);
    return;
  }
  const inner = indent + "  ";
  if (Array.isArray(v)) {
    if (v.length === 0) { write("[]"); return; }
    write("[");
    v.forEach((item, i) => {
      write(`${i ? "," : ""}\n${inner}`);
      if (omitted(item)) write("null");
      else writeJson(item, inner, depth + 1, write);
    });
    write(`\n${indent}]`);
    return;
  }
  const entries = members(v);
  if (entries.length === 0) { write("{}"); return; }
  write("{");
  entries.forEach(([k, x], i) => {
    write(`${i ? "," : ""}\n${inner}${JSON.stringify(k)}: `);
    writeJson(x, inner, depth + 1, write);
  });
  write(`\n${indent}}`);
}

/** Plain aligned columns; numbers right-aligned. Cells are shown as given (no markup on a terminal). */
export function formatTable(columns: string[], rows: unknown[][]): string {
  const text = rows.map((r) => r.map(cellText));
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((r) => r[i] === null || r[i] === undefined || typeof r[i] === "number" || typeof r[i] === "bigint"));
  // A loop, not Math.max(...rows): spreading 150,000 rows as arguments overflows the stack.
  const widths = columns.map((c, i) => text.reduce((w, r) => Math.max(w, r[i]!.length), c.length));
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
