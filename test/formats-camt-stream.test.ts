// The streaming camt reader (src/ingest/formats/camtStream.ts) hands over exactly the entries
// and statement elements the whole-document parse (fast-xml-parser, used before) produced, so
// staged rows and their raw text are unchanged; and it never holds a statement's entries.
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { streamCamt, type Node } from "../src/ingest/formats/camtStream.js";
import { extdata } from "./formats/stageFile.js";
import { tmpDir } from "./util/tmp.js";

const ARRAYS = new Set(["Stmt", "Ntfctn", "Rpt", "Ntry", "TxDtls", "Bal", "NtryDtls"]);

/** What the former reader saw: each record's entries (as JSON) and its other elements. */
function wholeParse(path: string): { entries: string[]; records: string[] } {
  const doc = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, parseTagValue: false,
    parseAttributeValue: false, trimValues: true, isArray: (name) => ARRAYS.has(name), htmlEntities: true,
  }).parse(readFileSync(path, "utf8")) as Node;
  const d = doc.Document as Node;
  const recs = ((d.BkToCstmrStmt as Node)?.Stmt ?? (d.BkToCstmrDbtCdtNtfctn as Node)?.Ntfctn ?? (d.BkToCstmrAcctRpt as Node)?.Rpt) as Node[];
  if (!recs) throw new Error("not camt");
  const entries: string[] = [];
  const records: string[] = [];
  for (const r of recs) {
    for (const n of (r.Ntry as Node[] | undefined) ?? []) entries.push(JSON.stringify(n));
    const { Ntry: _, ...rest } = r;
    records.push(JSON.stringify(Object.fromEntries(Object.entries(rest).filter(([k]) => !k.startsWith("@")))));
  }
  return { entries, records };
}

async function streamed(path: string): Promise<{ entries: string[]; records: string[]; held: number }> {
  const entries: string[] = [];
  const records: string[] = [];
  let held = 0;
  await streamCamt(path, {
    entry: (rec, ntry) => { entries.push(JSON.stringify(ntry)); held = Math.max(held, "Ntry" in rec ? 1 : 0); },
    recordEnd: (rec) => { records.push(JSON.stringify(rec)); },
    drain: async () => {},
  });
  return { entries, records, held };
}

const dir = join(extdata, "iso20022_swift_samples/genkgo_camt");
const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^camt05[234].*\.xml$/.test(f) && !f.includes("wrong")) : [];

describe("streamCamt", () => {
  it.skipIf(!files.length).each(files)("%s: the same entries and statement elements as the whole-document parse", async (file) => {
    const path = join(dir, file);
    let whole: ReturnType<typeof wholeParse> | undefined;
    try { whole = wholeParse(path); } catch { /* a version the reader does not know (camt052.v1's …V01 element) */ }
    if (!whole) await expect(streamed(path)).rejects.toThrow(/not a camt/);
    else expect(await streamed(path)).toEqual({ ...whole, held: 0 });
  });

  it("attributes, mixed text, CDATA, empty and repeated elements, prefixes, many entries", async () => {
    const entries = Array.from({ length: 300 }, (_, i) => `<p:Ntry><p:Amt Ccy="EUR"> ${i}.50 </p:Amt><p:E/><p:F a="1"/><p:G>a<p:H>b</p:H>c</p:G>
      <p:R>1</p:R><p:R>2</p:R><p:M>x &amp; y &lt;z&gt;</p:M><p:C><![CDATA[ cd ]]></p:C><p:NtryDtls><p:TxDtls><p:Refs/></p:TxDtls></p:NtryDtls></p:Ntry>`).join("\n");
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<p:Document xmlns:p="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02" xmlns:xsi="x" xsi:schemaLocation="s">
      <p:BkToCstmrStmt><p:GrpHdr><p:MsgId>1</p:MsgId></p:GrpHdr><p:Stmt><p:Id>S1</p:Id><p:Acct><p:Id><p:IBAN>DE89370400440532013000</p:IBAN></p:Id></p:Acct>
      <p:Bal><p:Amt Ccy="EUR">1.00</p:Amt></p:Bal>${entries}</p:Stmt><p:Stmt><p:Id>S2</p:Id></p:Stmt></p:BkToCstmrStmt></p:Document>`;
    const path = join(tmpDir(), "t.xml");
    writeFileSync(path, xml);
    const s = await streamed(path);
    expect(s.entries).toHaveLength(300);
    expect(s).toEqual({ ...wholeParse(path), held: 0 });
  });

  it("refuses what is not well-formed, or not camt, with one line naming the file", async () => {
    const path = join(tmpDir(), "bad.xml");
    writeFileSync(path, "<Document><BkToCstmrStmt><Stmt><Ntry></Stmt></BkToCstmrStmt></Document>");
    await expect(streamed(path)).rejects.toThrow(/^not well-formed XML: .*bad\.xml/);
    writeFileSync(path, "<Document><Other/></Document>");
    await expect(streamed(path)).rejects.toThrow(/not a camt/);
  });
});
