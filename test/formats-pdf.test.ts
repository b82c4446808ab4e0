// PDF statements and receipts (issue 19, docs/formats.md) from hand-written fixtures
// (test/fixtures/pdf, the PDFs printed by Chromium, not by flowtrace): the M-Pesa statement PDF
// stages exactly what its CSV twin stages; a row repeated at a page break, wrapped Details,
// AM/PM times and the summary TOTAL line; protected files; a scan; telebirr and CBE receipts;
// detection; pdf.js never touches the network.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mpesaReader } from "../src/ingest/formats/mpesa.js";
import { mpesaPdfReader } from "../src/ingest/formats/mpesaPdf.js";
import { cbeReceiptReader } from "../src/ingest/formats/cbeReceipt.js";
import { telebirrReceiptReader } from "../src/ingest/formats/telebirrReceipt.js";
import { writeMpesaPdf } from "../src/generate/raw/mpesaStatementPdf.js";
import { writeCbeReceiptPdf } from "../src/generate/raw/cbeReceiptPdf.js";
import { detectFormat } from "../src/ingest/detectFormat.js";
import { openCase } from "../src/db/connect.js";
import { fixture, stageFile } from "./formats/stageFile.js";
import { cli } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const pdfFixture = (name: string) => join(__dirname, "fixtures", "pdf", name);
const strip = (rows: Record<string, string | null>[]) => rows.map(({ raw: _raw, source_row: _row, ...rest }) => rest);

afterEach(() => { vi.unstubAllGlobals(); });

describe("M-Pesa statement PDF (printed by Chromium)", () => {
  it("stages exactly the transfers of the same statement as CSV, without touching the network", async () => {
    vi.stubGlobal("fetch", () => { throw new Error("pdf.js tried the network"); });
    const pdf = await stageFile(mpesaPdfReader, pdfFixture("mpesa-statement-print.pdf"));
    const csv = await stageFile(mpesaReader, fixture("mpesa-statement.csv"));
    expect(strip(pdf.transfers)).toEqual(strip(csv.transfers));
    expect(pdf.caseAccounts).toEqual(csv.caseAccounts);
    // Wrapped Details come back as one text; 11:30:00 PM day-first is 23:30 EAT.
    expect(pdf.transfers.find((t) => t.tx_id === "SBA1AAAAA8")).toMatchObject({
      timestamp: "2024-03-05T23:30:00+03:00", reference: 'Customer Transfer to - 0722 555 666 =HYPERLINK("x") <script>', amount: "1024.00",
    });
  });

  it("quarantines the row printed again at the top of page 2 once, with its reason, and keeps page and line in raw", async () => {
    const s = await stageFile(mpesaPdfReader, pdfFixture("mpesa-statement-print.pdf"));
    expect(s.rejects.map((r) => [r.source_row, r.value, r.reason_code])).toEqual([
      ["2", "Reversed", "not_completed"], ["6", "Failed", "not_completed"], ["7", "SBA1AAAAA4", "duplicate_page_row"],
    ]);
    expect(s.rejects[2]!.reason).toMatch(/exact repeat of row 6 \(page 1, line \d+\) printed again at the top of page 2/);
    expect(JSON.parse(s.rejects[2]!.raw!)).toMatchObject({ page: 2, "Receipt No.": "SBA1AAAAA4", Withdrawn: "-100.00" });
    expect(s.transfers.length + s.rejects.length).toBe(11);
  });

  it("checks the summary block's totals against the rows and the running balance, printing the difference", async () => {
    const s = await stageFile(mpesaPdfReader, pdfFixture("mpesa-statement-print.pdf"));
    expect(s.stderr).toMatch(/reconciliation mpesa .*8 rows with a balance, opening 500\.00, closing 1000\.00: balances reconcile/);
    expect(s.stderr).toMatch(/TOTAL Paid In 6000\.00 = rows; TOTAL Paid Out 4500\.00, rows 5500\.00, difference -1000\.00/);
  });

  it("records page and line of every row in source_positions", async () => {
    const db = join(tmpDir(), "c.duckdb");
    const r = await cli(["ingest", pdfFixture("mpesa-statement-print.pdf"), "--db", db, "--currency", "KES", "--json"]);
    expect(r.code).toBe(0);
    const c = await openCase(db, { readOnly: true });
    try {
      const rows = (await c.conn.runAndReadAll("SELECT source_row::INTEGER AS r, page, line FROM source_positions ORDER BY source_row")).getRowObjectsJson();
      expect(rows.length).toBe(11);
      expect(rows[6]).toMatchObject({ r: 7, page: 2 });
      expect(rows.every((x) => Number(x.line) > 0)).toBe(true);
    } finally {
      c.close();
    }
  });
});

describe("protected and scanned PDFs", () => {
  const protectedPdf = async () => {
    const path = join(tmpDir(), "statement.pdf");
    await writeMpesaPdf(path, {
      preamble: [["Customer Name", "TEST CUSTOMER"], ["Mobile Number", "0722 000 111"]],
      header: ["Receipt No.", "Completion Time", "Details", "Transaction Status", "Paid In", "Withdrawn", "Balance"],
      lines: [{ receipt: "SBA1AAAAA1", ts: Date.UTC(2024, 2, 1, 6, 15) / 1000, details: "Funds received from -\n0711 222 333 GRACE ACHIENG", status: "Completed", paidIn: 100_000n, withdrawn: 0n, balance: 150_000n }],
      code: "TEST",
    }, { password: "12345678", created: new Date(Date.UTC(2024, 2, 6)) });
    return path;
  };

  it("opens a protected statement with --password; without one or with a wrong one: exit 1, one line", async () => {
    const path = await protectedPdf();
    const db = join(tmpDir(), "c.duckdb");
    const none = await cli(["ingest", path, "--db", db, "--currency", "KES", "--json"]);
    expect(none.code).toBe(1);
    expect(none.stderr.trim().split("\n")).toHaveLength(1);
    expect(none.stderr).toMatch(/PDF is password-protected: pass --password/);
    const wrong = await cli(["ingest", path, "--db", db, "--currency", "KES", "--json", "--password", "nope"]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toMatch(/^flowtrace: wrong password for protected PDF \(file .*statement\.pdf\)$/);
    const right = await cli(["ingest", path, "--db", db, "--currency", "KES", "--json", "--password", "12345678"]);
    expect(right.code).toBe(0);
    expect(JSON.parse(right.stdout).sources[0]).toMatchObject({ format: "mpesa-pdf", rows_read: 1, rows_loaded: 1 });
    // The password is never recorded with the source.
    const c = await openCase(db, { readOnly: true });
    try {
      expect(JSON.stringify((await c.conn.runAndReadAll("SELECT options FROM sources")).getRowObjectsJson())).not.toMatch(/12345678/);
    } finally {
      c.close();
    }
  });

  it("refuses a PDF with no text layer: exit 1, one line saying so and what to do", async () => {
    const r = await cli(["ingest", pdfFixture("scanned.pdf"), "--db", join(tmpDir(), "c.duckdb"), "--json"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/PDF has no text layer .*ask the provider for the electronic statement, or transcribe it/);
  });
});

describe("CBE transfer receipts", () => {
  it("reads a Chromium-printed receipt: FT reference, names, masked accounts kept masked, month-first time, ETB", async () => {
    const s = await stageFile(cbeReceiptReader, pdfFixture("cbe-receipt-print.pdf"));
    expect(strip(s.transfers)).toEqual([{
      tx_id: "FT24077ABCDE", timestamp: "2024-03-17T14:05:09+03:00",
      from_account: "bank:Commercial Bank of Ethiopia/1****4321", to_account: "bank:Commercial Bank of Ethiopia/1****1000",
      amount: "25000.00", currency: "ETB", amount_received: null, currency_received: null, channel: "cbe-receipt", reference: "family support",
      balance_after_from: null, balance_after_to: null,
    }]);
    expect(s.caseAccounts.map((a) => [a.account_id, a.holder_name, a.id_type])).toEqual([
      ["bank:Commercial Bank of Ethiopia/1****1000", "ABEBE KEBEDE", "masked"],
      ["bank:Commercial Bank of Ethiopia/1****4321", "SELAM TADESSE BEKELE", "masked"],
    ]);
    expect(s.stderr).toMatch(/masked accounts kept masked/);
  });

  it("is detected by its text, whatever the file is called; a statement PDF is not", async () => {
    const dir = tmpDir();
    const path = join(dir, "document.pdf");
    await writeCbeReceiptPdf(path, { payer: "A", payerAccount: "1****0001", receiver: "B", receiverAccount: "1****0002", when: "3/1/2024, 9:00:00 AM",
      reference: "FT24061AAAAA", reason: "test", amount: "10.00 ETB" }, new Date(Date.UTC(2024, 2, 1)));
    copyFileSync(pdfFixture("mpesa-statement-print.pdf"), join(dir, "statement.pdf"));
    const db = await openCase(join(dir, "c.duckdb"));
    try {
      expect((await detectFormat(db, path)).name).toBe("cbe-receipt");
      expect((await detectFormat(db, join(dir, "statement.pdf"))).name).toBe("mpesa-pdf");
      expect((await detectFormat(db, pdfFixture("cbe-receipt-print.pdf"))).name).toBe("cbe-receipt");
    } finally {
      db.close();
    }
  });
});

describe("telebirr receipt pages", () => {
  it("reads Amharic labels, the invoice table's values in the row below, Birr amounts, EAT", async () => {
    const s = await stageFile(telebirrReceiptReader, pdfFixture("telebirr-receipt-am.html"));
    expect(strip(s.transfers)).toEqual([{
      tx_id: "CFK7ABCD12", timestamp: "2024-03-17T14:05:09+03:00", from_account: "wallet:+251911223344", to_account: "wallet:+251922334455",
      amount: "12500.00", currency: "ETB", amount_received: null, currency_received: null, channel: "telebirr-receipt", reference: "ለቤተሰብ",
      balance_after_from: null, balance_after_to: null,
    }]);
    expect(s.caseAccounts.map((a) => [a.account_id, a.holder_name])).toEqual([["wallet:+251911223344", "ሰላም ታደሰ"], ["wallet:+251922334455", "ABEBE & SONS"]]);
  });

  it("quarantines a receipt whose status is not Completed, and is detected by its labels", async () => {
    const s = await stageFile(telebirrReceiptReader, pdfFixture("telebirr-receipt-failed.html"));
    expect(s.transfers).toEqual([]);
    expect(s.rejects.map((r) => [r.value, r.reason_code])).toEqual([["Failed", "not_completed"]]);
    const db = await openCase(join(tmpDir(), "c.duckdb"));
    try {
      expect((await detectFormat(db, pdfFixture("telebirr-receipt-failed.html"))).name).toBe("telebirr-receipt");
      expect((await detectFormat(db, pdfFixture("telebirr-receipt-am.html"))).name).toBe("telebirr-receipt");
    } finally {
      db.close();
    }
  });
});

describe("M-Pesa business (pay bill / till) export", () => {
  it("reads Other Party Info, A/C No., Reason Type; owner from the short code; charge rows; Failed quarantined", async () => {
    const { mpesaBusinessReader } = await import("../src/ingest/formats/mpesaBusiness.js");
    const s = await stageFile(mpesaBusinessReader, pdfFixture("mpesa-business.csv"));
    expect(s.transfers.map((t) => [t.tx_id, t.timestamp, t.from_account, t.to_account, t.amount, t.reference])).toEqual([
      ["SBB2CCCCC4:charge", "2024-03-02T16:20:05+03:00", "merchant:600123", "service:mpesa-fees", "50.00", "Business Payment Charge"],
      ["SBB2CCCCC4", "2024-03-02T16:20:05+03:00", "merchant:600123", "wallet:+254733444555", "2000.00", "Business Payment | Business Payment to 254733444555 - HIRUT TESFAYE"],
      ["SBB2CCCCC2", "2024-03-01T12:00:00+03:00", "wallet:+254711222333", "merchant:600123", "500.00", "Pay Bill Online | A/C INV-7"],
      ["SBB2CCCCC1", "2024-03-01T08:30:00+03:00", "masked:2547******555", "merchant:600123", "10000.00", "Pay Bill Online | A/C ACC 42"],
    ]);
    expect(s.rejects.map((r) => [r.value, r.reason_code])).toEqual([["Failed", "not_completed"]]);
    expect(JSON.parse(s.transfers[1]!.raw!)["Initiation Time"]).toBe("02-03-2024 16:20:01");
    expect(s.caseAccounts.find((a) => a.account_id === "merchant:600123")?.holder_name).toBe("MERKATO TRADERS LTD (test fixture)");
    expect(s.caseAccounts.find((a) => a.account_id === "wallet:+254733444555")?.holder_name).toBe("HIRUT TESFAYE");
    expect(s.stderr).toMatch(/reconciliation mpesa-business .*: balances reconcile/);
    const db = await openCase(join(tmpDir(), "c.duckdb"));
    try {
      expect((await detectFormat(db, pdfFixture("mpesa-business.csv"))).name).toBe("mpesa-business");
    } finally {
      db.close();
    }
  });
});
