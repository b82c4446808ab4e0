// Streaming reader for camt.052/053/054 documents: the file is read in chunks through a SAX
// parser (saxes), and each entry (Ntry) is handed over as soon as it closes, with the part of
// its statement read so far (Id, Acct, Bal come before the entries in every camt version).
// Neither the document nor a statement's entries are ever held whole, so memory stays
// bounded by the largest single entry (docs/ingest.md). Elements become the same plain
// objects fast-xml-parser made before (namespace prefixes removed, attributes as "@name"
// after the children, text as "#text" when an element also has children or attributes,
// values as trimmed strings, an empty element as ""), so the staged raw text is unchanged.
import { createReadStream } from "node:fs";
import { SaxesParser } from "saxes";
import { inputError } from "../../errors.js";

export type Node = Record<string, unknown>;

/** Elements that are always lists, even when there is one. */
const ARRAYS = new Set(["Stmt", "Ntfctn", "Rpt", "Ntry", "TxDtls", "Bal", "NtryDtls"]);
const KINDS: Record<string, [kind: string, record: string]> = {
  BkToCstmrStmt: ["camt053", "Stmt"], BkToCstmrDbtCdtNtfctn: ["camt054", "Ntfctn"], BkToCstmrAcctRpt: ["camt052", "Rpt"],
};

export interface CamtHandlers {
  /** An entry has closed; `record` holds the statement's elements read so far (no entries). */
  entry(record: Node, ntry: Node): void;
  /** A statement, notification or report has closed (without its entries). */
  recordEnd(record: Node): void;
  /** Called between chunks of the file: the place to write buffered rows out. */
  drain(): Promise<void>;
}

interface Frame { name: string; attrs: [string, string][]; children: Node; text: string; role: "record" | "kind" | "other" }

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** Read a camt document entry by entry; returns its kind (camt052/053/054). */
export async function streamCamt(path: string, h: CamtHandlers): Promise<string> {
  const parser = new SaxesParser({ position: true });
  const stack: Frame[] = [];
  let kind = "";
  let recordName = "";
  let records = 0;
  let rootName = "";
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    const parent = stack.at(-1);
    if (!parent) rootName = name;
    let role: Frame["role"] = "other";
    if (stack.length === 1 && rootName === "Document" && KINDS[name] && !kind) {
      [kind, recordName] = KINDS[name]!;
      role = "kind";
    } else if (parent?.role === "kind" && name === recordName) role = "record";
    const attrs: [string, string][] = [];
    for (const [k, v] of Object.entries(tag.attributes as Record<string, string>)) {
      if (k === "xmlns" || k.startsWith("xmlns:")) continue;
      attrs.push([local(k), v]);
    }
    stack.push({ name, attrs, children: {}, text: "", role });
  });
  parser.on("text", (t) => {
    const top = stack.at(-1);
    const s = t.trim();
    if (top && s) top.text += s;
  });
  parser.on("cdata", (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on("closetag", () => {
    const f = stack.pop()!;
    const parent = stack.at(-1);
    if (f.role === "record") {
      records++;
      h.recordEnd(f.children);
      return;
    }
    if (!parent || f.role === "kind" || (stack.length < 2 && parent.role !== "kind")) return; // the envelope is not kept
    let value: unknown;
    if (Object.keys(f.children).length === 0 && f.attrs.length === 0) value = f.text;
    else {
      value = f.children;
      if (f.text) f.children["#text"] = f.text;
      for (const [k, v] of f.attrs) f.children[`@${k}`] = v;
    }
    if (parent.role === "record" && f.name === "Ntry") {
      h.entry(parent.children, value as Node);
      return;
    }
    const prior = parent.children[f.name];
    if (ARRAYS.has(f.name)) parent.children[f.name] = [...((prior as unknown[] | undefined) ?? []), value];
    else if (prior === undefined) parent.children[f.name] = value;
    else if (Array.isArray(prior)) prior.push(value);
    else parent.children[f.name] = [prior, value];
  });

  const bad = (e: unknown) => inputError("bad_xml", `not well-formed XML: ${(e as Error).message.split("\n")[0]!.toLowerCase()}`, { file: path });
  let first = true;
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    let text = chunk as string;
    if (first) { text = text.replace(/^\uFEFF/, ""); first = false; }
    try {
      parser.write(text);
    } catch (e) {
      throw bad(e);
    }
    await h.drain();
  }
  try {
    parser.close();
  } catch (e) {
    throw bad(e);
  }
  if (!kind) throw inputError("not_this_format", "not a camt.052/053/054 document (no BkToCstmr… element)", { file: path });
  if (records === 0) throw inputError("not_this_format", "camt document without any statement, notification or report", { file: path });
  return kind;
}
