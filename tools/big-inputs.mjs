// Large inputs for measuring ingest memory (docs/ingest.md, "Large XML and XLSX files"):
//   node tools/big-inputs.mjs camt N OUT.xml    camt.053 with N entries (~520 bytes each)
//   node tools/big-inputs.mjs text MB OUT.xml   camt.053 with one entry whose AddtlNtryInf is MB megabytes
//   node tools/big-inputs.mjs xlsx N OUT.xlsx   hawala ledger sheet "Ledger" with N rows (exceljs streaming writer)
// Deterministic (no randomness); run from the repository root.
import { createWriteStream } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(`${process.cwd()}/package.json`);
const [kind, n, out] = process.argv.slice(2);
const N = Number(n);
const wait = (s, t) => new Promise((r) => (s.write(t) ? r() : s.once("drain", r)));
if (kind === "camt" || kind === "text") {
  const s = createWriteStream(out);
  await wait(s, `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId></GrpHdr><Stmt><Id>S1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>\n`);
  const entries = kind === "camt" ? N : 1;
  for (let i = 0; i < entries; i++) {
    const info = kind === "text" ? "x".repeat(N * 1024 * 1024) : `payment ${i}`;
    await wait(s, `<Ntry><NtryRef>E${i}</NtryRef><Amt Ccy="EUR">${(i % 9000) + 1}.${String(i % 100).padStart(2, "0")}</Amt><CdtDbtInd>${i % 2 ? "CRDT" : "DBIT"}</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2025-02-${String((i % 28) + 1).padStart(2, "0")}</Dt></BookgDt><AcctSvcrRef>TX${i}</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Debtor ${i % 1000}</Nm></Dbtr><DbtrAcct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></DbtrAcct><Cdtr><Nm>Creditor ${i % 1000}</Nm></Cdtr><CdtrAcct><Id><IBAN>GB29NWBK60161331926819</IBAN></Id></CdtrAcct></RltdPties><RmtInf><Ustrd>invoice ${i}</Ustrd></RmtInf></TxDtls></NtryDtls><AddtlNtryInf>${info}</AddtlNtryInf></Ntry>\n`);
  }
  await wait(s, `</Stmt></BkToCstmrStmt></Document>\n`);
  s.end();
} else {
  const Excel = require("exceljs");
  const wb = new Excel.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true });
  const ws = wb.addWorksheet("Ledger");
  ws.addRow(["Entry", "Date", "Client", "Phone", "Amount", "Currency", "Direction", "Code Word", "Counterpart Broker", "Notes"]).commit();
  for (let i = 0; i < N; i++) {
    const r = ws.addRow([`HW-${String(i).padStart(7, "0")}`, new Date(Date.UTC(2025, 1, 1 + (i % 28))), `Client ${i % 5000}`, `+2547${String(10000000 + (i % 5000)).slice(0, 8)}`, 100 + (i % 900), "KES", i % 2 ? "IN" : "OUT", `Word ${i % 97}`, "Al Amin Hawala", "cash"]);
    r.getCell(2).numFmt = "dd/mm/yyyy";
    r.commit();
  }
  ws.commit();
  await wb.commit();
}
