// Which reader reads a file: the one named by --format, else canonical input recognised by
// its columns (in any container), else the first registered reader whose detect() says yes.
// A file nothing recognises fails as a whole, naming what is missing.
import { readFileSync } from "node:fs";
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { inputError } from "../errors.js";
import { canonicalKind, closestCanonical, csvHeader } from "./canonicalColumns.js";
import { fileContainer, fileHead, type Container } from "./container.js";
import type { FormatReader } from "./format.js";
import { readers } from "./formats/index.js";
import { sheetHeader } from "./formats/xlsxRows.js";

async function fileColumns(db: CaseDb, path: string, container: Container, head: string): Promise<string[]> {
  try {
    switch (container) {
      case "csv":
        return csvHeader(head);
      case "ndjson": {
        const first = head.replace(/^\uFEFF/, "").split(/\r?\n/).find((l) => l.trim() !== "") ?? "{}";
        return Object.keys(JSON.parse(first) as object);
      }
      case "parquet":
        return (await allJson(db.conn, "ingest/parquet_columns", { path })).map((r) => String(r.name));
      case "arrow":
        // apache-arrow is loaded on first use: importing it slows every CLI start.
        return (await import("apache-arrow")).tableFromIPC(readFileSync(path)).schema.fields.map((f) => f.name);
    }
  } catch {
    return [];
  }
}

/** hasMapping: a --mapping (or a folder's mapping) was given: a file nothing else recognises
 *  is then read with it (bank-csv, the generic mapped reader). */
export async function detectFormat(db: CaseDb, path: string, forced?: string, hasMapping = false): Promise<FormatReader> {
  const bytes = fileHead(path);
  const head = bytes.toString("utf8");
  const container = fileContainer(bytes, path);
  const columns = await fileColumns(db, path, container, head);
  if (forced !== undefined) {
    const name = forced === "canonical" ? `canonical-${canonicalKind(columns) ?? closestCanonical(columns).kind}` : forced;
    const reader = readers.find((r) => r.name === name);
    if (!reader) {
      throw inputError("unknown_format", `unknown format: ${forced} (known: canonical, ${readers.map((r) => r.name).join(", ")})`, { file: path });
    }
    return reader;
  }
  const kind = canonicalKind(columns);
  if (kind) return readers.find((r) => r.name === `canonical-${kind}`)!;
  const reader = readers.find((r) => r.detect?.(head, path));
  if (reader) return reader;
  if (/\.xlsx$/i.test(path)) {
    // A spreadsheet: the built-in layouts are recognised by the first sheet's header row.
    const sheet = await sheetHeader(path);
    const byHeader = readers.find((r) => r.detectHeader?.(sheet));
    if (byHeader) return byHeader;
  }
  if (hasMapping) return readers.find((r) => r.name === "bank-csv")!;
  const closest = closestCanonical(columns);
  const what = columns.length === 0 || (columns.length === 1 && columns[0] === "")
    ? "no header row"
    : container === "csv" && columns.length === 1 && /[;\t|]/.test(columns[0]!)
      ? "the header is not comma-separated (canonical CSV uses ',')"
      : `closest is canonical ${closest.kind}, missing column${closest.missing.length > 1 ? "s" : ""} ${closest.missing.join(", ")}`;
  throw inputError("unrecognised_format", `not a recognised format: ${what}`, { file: path });
}
