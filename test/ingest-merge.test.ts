// One transfer, however many records show it (docs/ingest.md, "Cross-source reconciliation"):
// a small folder of hand-written records where each kind of duplicate occurs once, loaded with
// `flowtrace ingest fx.csv raw/`. Each duplicate row is merged (quarantined 'merged', listed in
// transfer_matches with reasons and confidence), stand-in parties are replaced by the account
// another record names, and a row that fits two transfers is loaded and left to confirm.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { BANK_MAPPING } from "../src/generate/raw/bankStatement.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";
import { queryReadOnly } from "./util/readOnly.js";

const dir = join(tmpDir(), "case");
const raw = join(dir, "raw");
const db = join(tmpDir(), "merge.duckdb");
let ingest: any;

const MTO = "Reference,Date,Operator,Sender ID,Sender Name,Sender Phone,Sender Country,Send Amount,Send Currency,Fee,Exchange Rate,Receiver ID,Receiver Name,Receiver Phone,Receiver Country,Payout Amount,Payout Currency,Payout Method,Payout Bank,Status";
const TELEBIRR = "Transaction ID,Transaction Time,Transaction Type,Payer MSISDN,Payer Name,Credit Party MSISDN,Credit Party Name,Amount,Currency,Channel,Reason,Status,Balance";
const BANK = "Booking Date,Value Date,Transaction Ref,Description,Counterparty Account,Counterparty Name,Debit,Credit,Balance,Currency";

function write(name: string, lines: string[]): void {
  writeFileSync(join(raw, name), lines.join("\n") + "\n");
}

function rows(sql: string): Promise<Record<string, any>[]> {
  return queryReadOnly(db, sql);
}

beforeAll(async () => {
  mkdirSync(raw, { recursive: true });
  writeFileSync(join(dir, "fx.csv"), ["date,currency,rate_to_reporting,rate_source",
    ...["KES,0.0077", "ETB,0.0079", "AED,0.2723", "EUR,1.08"].map((r) => `2025-02-01,${r},test`)].join("\n") + "\n");
  write("mto-dmx.csv", [MTO,
    "DMX00000001AA,2025-02-10 09:00:00,Diaspora Money Express,DMX-C1,Jane Roe,+31611111111,NL,100.00,EUR,0.00,140.000000,+254711000001,John Doe,+254711000001,KE,14000.00,KES,Mobile wallet,,Paid",
    "DMX00000002AA,2025-02-10 09:30:00,Diaspora Money Express,DMX-C1,Jane Roe,+31611111111,NL,50.00,EUR,0.00,140.000000,400217,St. Mary's Academy,,KE,7000.00,KES,Pay bill,,Paid",
    "DMX00000003AA,2025-02-10 10:00:00,Diaspora Money Express,DMX-C1,Jane Roe,+31611111111,NL,60.00,EUR,0.00,133.333333,1000031000000,Medhanie Alem Church,,ET,8000.00,ETB,Bank account,Commercial Bank of Ethiopia,Paid",
    "DMX00000004AA,2025-02-11 07:00:00,Diaspora Money Express,DMX-C2,Saba Tekle,+31622222222,NL,40.00,EUR,0.00,125.000000,+251911000001,Abebe Kebede,+251911000001,ET,5000.00,ETB,Mobile wallet,,Paid",
    // Two payouts of the same amount to the same wallet at the same minute: the wallet's record
    // of one of them cannot say which.
    "DMX00000005AA,2025-02-12 07:00:00,Diaspora Money Express,DMX-C2,Saba Tekle,+31622222222,NL,24.00,EUR,0.00,125.000000,+251911000002,Kebede Alemu,+251911000002,ET,3000.00,ETB,Mobile wallet,,Paid",
    "DMX00000006AA,2025-02-12 07:00:00,Diaspora Money Express,DMX-C3,Hana Tesfay,+31633333333,NL,24.00,EUR,0.00,125.000000,+251911000002,Kebede Alemu,+251911000002,ET,3000.00,ETB,Mobile wallet,,Paid",
  ]);
  // M-Pesa statement of the payee of DMX00000001AA, who pays his own bank by Pay Bill 247247.
  write("mpesa-254711000001.csv", ["M-PESA STATEMENT", "Customer Name: JOHN DOE", "Mobile Number: 0711000001", "Email Address: ",
    "Statement Period: 01 Feb 2025 - 28 Feb 2025", "Request Date: 01 Mar 2025", "",
    "Receipt No.,Completion Time,Details,Transaction Status,Paid In,Withdrawn,Balance",
    'TBPAYBILL1,2025-02-10 15:00:00,Pay Bill to 247247 - JOHN DOE Acc. 01000900001,Completed,,"-10,000.00","4,000.00"',
    'TBX0000001,2025-02-10 12:00:00,"International Money Transfer from -\nDIASPORA MONEY EXPRESS DMX00000001AA JANE ROE",Completed,"14,000.00",,"14,000.00"',
  ]);
  writeFileSync(join(raw, "bank-mapping.json"), JSON.stringify(BANK_MAPPING, null, 2));
  write("bank-01000900001.csv", ["Equity Bank Kenya - Account Statement", "Account: Equity Bank Kenya/01000900001", "Account Holder: John Doe", "Currency: KES", BANK,
    "10/02/2025,11/02/2025,TBPAYBILL1,INWARD TRANSFER,wallet:+254711000001,John Doe,,10000.00,10000.00,KES"]);
  write("bank-AE070331234567890123456.csv", ["Gulf Crescent Bank - Account Statement", "Account: AE070331234567890123456", "Account Holder: Dawit Leader", "Currency: AED", BANK,
    "14/02/2025,15/02/2025,HW-000002,INWARD TRANSFER,hawala:X Hawala (Addis Ababa)/Dawit Leader,X Hawala,,500.00,500.00,AED"]);
  write("telebirr-251911000001.csv", [TELEBIRR,
    'CBTELE0001,2025-02-11 10:00:00,International Remittance,31622222222,Saba Tekle,251911000001,Abebe Kebede,"5,000.00",ETB,App,,Completed,"5,000.00"',
    'CBTELE0002,2025-02-13 10:00:00,Transfer Money,251911000001,Abebe Kebede,251911999999,X Hawala,"2,000.00",ETB,App,,Completed,"3,000.00"']);
  write("telebirr-251911000002.csv", [TELEBIRR,
    'CBTELE0003,2025-02-12 10:00:00,International Remittance,31622222222,Saba Tekle,251911000002,Kebede Alemu,"3,000.00",ETB,App,,Completed,"3,000.00"']);
  write("hawala-x-hawala.csv", ["Entry,Date,Client,Phone,Amount,Currency,Direction,Code Word,Counterpart Broker,Notes,Bank Account",
    'HW-000001,13/02/2025,Abebe Kebede,0911000001,"2,000",ETB,IN,Code 1,Y Hawala,cash received,',
    "HW-000002,14/02/2025,Dawit Leader,,500,AED,OUT,Code 2,Y Hawala,paid to client,"]);
  writeFileSync(join(raw, "sources.json"), JSON.stringify({ files: { "hawala-x-hawala.*": { format: "hawala", owner: "hawala:X Hawala (Addis Ababa)", country: "ET" } } }));
  write("relatives-statements.csv", ["statement_id,victim,payer_name,payer_phone,paid_on,amount,currency,paid_to,paid_to_country,channel,notes",
    "S001,Tesfay Berhane,Saba Tekle,+31622222222,2025-02-11,40,EUR,Abebe,ET,money transfer,"]);
  ingest = json(await cli(["ingest", join(dir, "fx.csv"), raw, "--db", db, "--json"]));
});

describe("cross-source reconciliation", () => {
  it("loads the folder: every file accounted for, operators' exports and ledgers first, the rest reported", async () => {
    const loaded = ingest.sources.map((s: any) => s.path.slice(dir.length + 1));
    expect(loaded).toEqual(["fx.csv", "raw/bank-01000900001.csv", "raw/bank-AE070331234567890123456.csv", "raw/hawala-x-hawala.csv",
      "raw/mpesa-254711000001.csv", "raw/mto-dmx.csv", "raw/telebirr-251911000001.csv", "raw/telebirr-251911000002.csv"]);
    for (const s of ingest.sources) expect(s.rows_read, s.path).toBe(s.rows_loaded + s.rows_quarantined);
    const skipped = Object.fromEntries(ingest.skipped.map((s: any) => [s.path.slice(raw.length + 1), s.reason]));
    expect(Object.keys(skipped).sort()).toEqual(["bank-mapping.json", "relatives-statements.csv", "sources.json"]);
    expect(skipped["relatives-statements.csv"]).toMatch(/not a transfer record.*flowtrace match-statements/);
    expect(skipped["bank-mapping.json"]).toMatch(/^used: the mapping for bank-\* files/);
    const order = await rows("SELECT file_name FROM sources ORDER BY source_id");
    expect(order.map((r) => r.file_name)).toEqual(["fx.csv", "mto-dmx.csv", "hawala-x-hawala.csv", "bank-01000900001.csv",
      "bank-AE070331234567890123456.csv", "mpesa-254711000001.csv", "telebirr-251911000001.csv", "telebirr-251911000002.csv"]);
  });

  it("one transfer per movement, each naming the account the money reached", async () => {
    const t = await rows("SELECT tx_id, from_account, to_account, amount::VARCHAR AS amount, currency FROM transfer_records ORDER BY tx_id");
    expect(t.map((r) => [r.tx_id, r.from_account, r.to_account, r.amount, r.currency])).toEqual([
      ["CBTELE0003", "wallet:+31622222222", "wallet:+251911000002", "3000.00", "ETB"], // to confirm: loaded as it is
      ["DMX00000001AA", "mto:Diaspora Money Express/DMX-C1", "wallet:+254711000001", "100.00", "EUR"],
      ["DMX00000002AA", "mto:Diaspora Money Express/DMX-C1", "merchant:400217", "50.00", "EUR"],
      ["DMX00000003AA", "mto:Diaspora Money Express/DMX-C1", "bank:Commercial Bank of Ethiopia/1000031000000", "60.00", "EUR"],
      ["DMX00000004AA", "mto:Diaspora Money Express/DMX-C2", "wallet:+251911000001", "40.00", "EUR"],
      ["DMX00000005AA", "mto:Diaspora Money Express/DMX-C2", "wallet:+251911000002", "24.00", "EUR"],
      ["DMX00000006AA", "mto:Diaspora Money Express/DMX-C3", "wallet:+251911000002", "24.00", "EUR"],
      ["HW-000001", "wallet:+251911000001", "hawala:X Hawala (Addis Ababa)/Abebe Kebede", "2000.00", "ETB"],
      ["HW-000002", "hawala:X Hawala (Addis Ababa)/Dawit Leader", "iban:AE070331234567890123456", "500.00", "AED"],
      ["TBPAYBILL1", "wallet:+254711000001", "bank:Equity Bank Kenya/01000900001", "10000.00", "KES"],
    ]);
  });

  it("each duplicate row is merged with its reasons and confidence, kept in quarantine with its raw text", async () => {
    const m = await rows(`SELECT s.file_name, m.source_row::INT AS r, m.row_tx_id, m.tx_id, m.status, m.match_kind, m.confidence, m.reasons, q.reason_code, q.raw
      FROM transfer_matches m JOIN sources s USING (source_id)
      LEFT JOIN quarantine q ON q.source_id = m.source_id AND q.source_row = m.source_row ORDER BY m.source_id, m.source_row, m.tx_id`);
    const brief = m.map((x) => [x.file_name, x.row_tx_id, x.tx_id, x.status, x.match_kind, x.confidence, x.reason_code]);
    expect(brief).toEqual([
      // the ledger's OUT to the counter and the leader's bank statement: same id
      ["bank-AE070331234567890123456.csv", "HW-000002", "HW-000002", "merged", "same_id", "high", "merged"],
      // Pay Bill 247247 in the M-Pesa statement and the credit in the bank's statement: same receipt
      ["mpesa-254711000001.csv", "TBPAYBILL1", "TBPAYBILL1", "merged", "same_id", "high", "merged"],
      // the operator's payout in the payee's M-Pesa statement (the operator's reference in Details)
      ["mpesa-254711000001.csv", "DMX00000001AA", "DMX00000001AA", "merged", "same_id", "high", "merged"],
      // the operator's payout in the payee's telebirr records, under the wallet's own receipt
      ["telebirr-251911000001.csv", "CBTELE0001", "DMX00000004AA", "merged", "payout", "high", "merged"],
      // the client's telebirr transfer to the broker and the broker's ledger IN entry (date only)
      ["telebirr-251911000001.csv", "CBTELE0002", "HW-000001", "merged", "deposit", "medium", "merged"],
      // one wallet record, two payouts it fits: listed for the investigator, not merged
      ["telebirr-251911000002.csv", "CBTELE0003", "DMX00000005AA", "to_confirm", "payout", "high", null],
      ["telebirr-251911000002.csv", "CBTELE0003", "DMX00000006AA", "to_confirm", "payout", "high", null],
    ]);
    const payout = m.find((x) => x.row_tx_id === "CBTELE0001")!;
    expect(payout.reasons).toMatch(/paid out by the operator as DMX00000004AA \(loaded from mto-dmx\.csv row 4\): same receiver wallet:\+251911000001, same amount received 5000\.00 ETB, same time; this record names the sender wallet:\+31622222222 and id CBTELE0001/);
    expect(payout.raw).toContain("CBTELE0001");
    const q = await rows("SELECT value, reason FROM quarantine WHERE reason_code = 'merged' ORDER BY source_id, source_row");
    expect(q.map((x) => x.value)).toEqual(["HW-000002", "TBPAYBILL1", "DMX00000001AA", "DMX00000004AA", "HW-000001"]);
    for (const x of q) expect(x.reason).toMatch(/^merged into \S+, the same transfer from another record \((high|medium) confidence\): /);
  });

  it("a stand-in party is replaced by the account another record names, the change recorded", async () => {
    const a = await rows(`SELECT a.tx_id, a.column_name, a.old_value, a.new_value, s.file_name FROM transfer_amendments a JOIN sources s USING (source_id)
      WHERE a.column_name IN ('from_account', 'to_account') ORDER BY a.tx_id`);
    expect(a.map((x) => [x.tx_id, x.column_name, x.old_value, x.new_value, x.file_name])).toEqual([
      ["HW-000002", "to_account", "cash:hawala-counter", "iban:AE070331234567890123456", "bank-AE070331234567890123456.csv"],
    ]);
  });

  it("sources shows rows merged per file and the rows to confirm", async () => {
    const s = json(await cli(["sources", "--db", db, "--json"]));
    const byFile = Object.fromEntries(s.sources.map((x: any) => [x.path.slice(dir.length + 1), x.rows_merged]));
    expect(byFile).toMatchObject({ "raw/mpesa-254711000001.csv": 2, "raw/telebirr-251911000001.csv": 2, "raw/telebirr-251911000002.csv": 0, "raw/mto-dmx.csv": 0 });
    expect(s.matches.filter((x: any) => x.status === "to_confirm").map((x: any) => x.tx_id)).toEqual(["DMX00000005AA", "DMX00000006AA"]);
    const text = await cli(["sources", "--db", db]);
    expect(text.stdout).toMatch(/to confirm: 1 rows fit several loaded transfers/);
  });

  it("a Pay Bill loaded before the bank's statement takes the bank account the statement names", async () => {
    const db2 = join(tmpDir(), "paybill.duckdb");
    json(await cli(["ingest", join(dir, "fx.csv"), join(raw, "mpesa-254711000001.csv"), join(raw, "bank-01000900001.csv"),
      "--mapping", join(raw, "bank-mapping.json"), "--db", db2, "--json"]));
    const inst = await DuckDBInstance.create(db2, { access_mode: "READ_ONLY" });
    const conn = await inst.connect();
    const t = (await conn.runAndReadAll("SELECT to_account FROM transfer_records WHERE tx_id = 'TBPAYBILL1'")).getRowObjectsJson();
    const a = (await conn.runAndReadAll("SELECT old_value, new_value FROM transfer_amendments WHERE tx_id = 'TBPAYBILL1' AND column_name = 'to_account'")).getRowObjectsJson();
    conn.closeSync();
    inst.closeSync();
    expect(t).toEqual([{ to_account: "bank:Equity Bank Kenya/01000900001" }]);
    expect(a).toEqual([{ old_value: "merchant:247247", new_value: "bank:Equity Bank Kenya/01000900001" }]);
  });

  it("the same id with another receiver is a conflict (duplicate_tx), not a copy", async () => {
    const db3 = join(tmpDir(), "conflict.duckdb");
    const d = join(tmpDir(), "conflict");
    mkdirSync(d);
    const rec = (to: string, reason: string) => [TELEBIRR, `CBCONFLICT,2025-02-11 10:00:00,Transfer Money,251911000005,A,${to},B,"100.00",ETB,App,${reason},Completed,`].join("\n") + "\n";
    writeFileSync(join(d, "a.csv"), rec("251911000006", "rent"));
    writeFileSync(join(d, "b.csv"), rec("251911000007", "rent")); // another receiver
    writeFileSync(join(d, "c.csv"), rec("251911000006", "rent Feb")); // another file, the same parties
    const r = json(await cli(["ingest", join(dir, "fx.csv"), join(d, "a.csv"), join(d, "b.csv"), join(d, "c.csv"), "--db", db3, "--json"]));
    expect(r.sources.map((x: any) => [x.rows_loaded, x.rows_quarantined])).toEqual([[4, 0], [1, 0], [0, 1], [0, 1]]);
    const inst = await DuckDBInstance.create(db3, { access_mode: "READ_ONLY" });
    const conn = await inst.connect();
    const q = (await conn.runAndReadAll("SELECT s.file_name, q.reason_code FROM quarantine q JOIN sources s USING (source_id) ORDER BY 1")).getRowObjectsJson();
    const t = (await conn.runAndReadAll("SELECT to_account FROM transfer_records WHERE tx_id = 'CBCONFLICT'")).getRowObjectsJson();
    conn.closeSync();
    inst.closeSync();
    expect(q).toEqual([{ file_name: "b.csv", reason_code: "duplicate_tx" }, { file_name: "c.csv", reason_code: "merged" }]);
    expect(t).toEqual([{ to_account: "wallet:+251911000006" }]);
  });
});
