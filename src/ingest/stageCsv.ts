// Staging a canonical CSV with DuckDB's read_csv so that every row of the file is accounted
// for, including a row whose quote is never closed.
//
// DuckDB reads a quoted value across line breaks (that is CSV: a quoted value may hold one),
// so an unterminated quote swallows the rows after it into one rejected record, up to the next
// quote that happens to close it, or the end of the file. That row would hide its neighbours.
// So when DuckDB rejects a record that spans several lines for its quoting, its first line is
// the broken row: the file is read again (by DuckDB) from a private temporary copy in which
// that line is replaced by a placeholder line DuckDB rejects on its own (too few fields, so
// it keeps its row number), and the rows after it are read as rows. The placeholder's
// quarantine row then gets the original text and the reason `broken_quote`. No CSV is parsed
// here: this only finds line ends. The copy is deleted when staging ends.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { structValue } from "@duckdb/node-api";
import { allJson, exec } from "../db/sql.js";
import { inputError } from "../errors.js";
import { blankLineOffsets } from "./blankLines.js";
import type { CanonicalKind } from "./canonicalColumns.js";
import { csvHeader } from "./canonicalColumns.js";
import { fileHead } from "./container.js";
import type { StageContext } from "./format.js";
import { createStagingTables } from "./staging.js";

/** After this many rereads (each sets aside every broken row DuckDB reported) the file is refused. */
const MAX_REREADS = 20;
const CHUNK = 1 << 20;
const LF = 0x0a;
const CR = 0x0d;

/** The header's column names, refused when one is repeated (which one would count?). */
export function csvColumns(path: string): string[] {
  const names = csvHeader(fileHead(path).toString("utf8"));
  const seen = new Set<string>();
  for (const n of names) {
    const key = n.toLowerCase();
    if (key !== "" && seen.has(key)) throw inputError("repeated_column", `repeated header column: ${n}`, { file: path, row: 0, column: n });
    seen.add(key);
  }
  // DuckDB needs a name for every column; blank ones are never canonical, so any name does.
  return names.map((n, i) => (n === "" ? `column${i + 1}` : n));
}

/** The $columns parameter of sql/ingest/csv_*_stage.sql: every header column, as text. */
export function csvColumnsParam(path: string) {
  return structValue(Object.fromEntries(csvColumns(path).map((n) => [n, "VARCHAR"])));
}

export async function stageCanonicalCsv(kind: CanonicalKind, ctx: StageContext): Promise<void> {
  const { conn } = ctx.db;
  const columns = csvColumnsParam(ctx.path);
  const broken: { placeholder: string; raw: string }[] = [];
  let dir: string | undefined;
  let path = ctx.path;
  try {
    for (let reread = 0; ; reread++) {
      if (reread > 0) await createStagingTables(ctx.db);
      await exec(conn, "ingest/csv_rejects_drop");
      await exec(conn, "ingest/csv_reject_scans_drop");
      await exec(conn, `ingest/csv_${kind}_stage`, { path, columns });
      const breaks = (await allJson(conn, "ingest/csv_quote_breaks")).map((r) => Number(r.record_at));
      if (breaks.length === 0) break;
      if (reread === MAX_REREADS) {
        throw inputError("broken_quoting", `quoting broken on too many rows (more than ${broken.length})`, { file: ctx.path });
      }
      dir ??= mkdtempSync(join(tmpdir(), "flowtrace-csv-"));
      const next = join(dir, `reread-${reread + 1}.csv`);
      for (const raw of replaceLines(path, next, breaks, (i) => placeholderFor(broken.length + i))) {
        broken.push({ placeholder: placeholderFor(broken.length), raw });
      }
      if (path !== ctx.path) rmSync(path, { force: true });
      path = next;
    }
    const n = Number((await allJson(conn, "ingest/csv_rejects_count"))[0]!.n);
    const blankLines = `[${n > 0 ? (await blankLineOffsets(path)).join(",") : ""}]`;
    await exec(conn, "ingest/csv_rejects_stage", { blank_lines: blankLines });
    for (const b of broken) await exec(conn, "ingest/csv_broken_quote_mark", b);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** A line no real file holds; one field, so DuckDB rejects it for its field count. */
const placeholderFor = (i: number) => `\u0001flowtrace-broken-quote-${i}\u0001`;

/**
 * Copy `from` to `to` (mode 0600) with the line starting at (or just after a line break at)
 * each offset in `at` replaced by a placeholder; returns the replaced lines' text (without
 * their line break), in order.
 */
function replaceLines(from: string, to: string, at: number[], placeholder: (i: number) => string): string[] {
  const src = openSync(from, "r");
  const dst = openSync(to, "wx", 0o600);
  const raws: string[] = [];
  const buf = Buffer.alloc(CHUNK);
  let pos = 0;
  const copyUntil = (end: number) => {
    while (pos < end) {
      const n = readSync(src, buf, 0, Math.min(CHUNK, end - pos), pos);
      if (n === 0) break;
      writeSync(dst, buf, 0, n);
      pos += n;
    }
  };
  try {
    for (const [i, offset] of at.entries()) {
      if (offset < pos) continue;
      copyUntil(offset);
      // DuckDB's record may start at the line feed (or CR LF) ending the row before
      let start = pos;
      for (;;) {
        const n = readSync(src, buf, 0, 2, start);
        if (n > 0 && (buf[0] === LF || buf[0] === CR)) start++;
        else break;
      }
      copyUntil(start);
      // the line runs to its line feed (or the end of the file); a CR before it stays
      const line: Buffer[] = [];
      let end = start;
      for (;;) {
        const n = readSync(src, buf, 0, CHUNK, end);
        if (n === 0) break;
        const lf = buf.subarray(0, n).indexOf(LF);
        const stop = lf === -1 ? n : lf;
        line.push(Buffer.from(buf.subarray(0, stop)));
        end += stop;
        if (lf !== -1) break;
      }
      let text = Buffer.concat(line);
      const cr = text.length > 0 && text[text.length - 1] === CR;
      if (cr) text = text.subarray(0, text.length - 1);
      raws.push(text.toString("utf8"));
      writeSync(dst, placeholder(i) + (cr ? "\r" : ""));
      pos = end; // the source goes on at the line feed (its CR went out with the placeholder)
    }
    for (;;) {
      const n = readSync(src, buf, 0, CHUNK, pos);
      if (n === 0) break;
      writeSync(dst, buf, 0, n);
      pos += n;
    }
  } finally {
    closeSync(src);
    closeSync(dst);
  }
  return raws;
}
