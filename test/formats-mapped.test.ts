import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bankCsvReader, hawalaReader, mtoReader, telebirrReader } from "../src/ingest/formats/presets.js";
import { fileHead } from "../src/ingest/formats/statementHead.js";
import { fixture, stageFile } from "./formats/stageFile.js";

const mapping = (name: string) => JSON.parse(readFileSync(fixture(name), "utf8"));

describe("telebirr records", () => {
  it("detects the header and makes 0911…, +251 911 … and 922… the same wallets", async () => {
    expect(telebirrReader.detect!(fileHead(fixture("telebirr.csv")), "telebirr.csv")).toBe(true);
    const s = await stageFile(telebirrReader, fixture("telebirr.csv"));
    expect(s.transfers.map((t) => [t.tx_id, t.from_account, t.to_account, t.amount, t.timestamp])).toEqual([
      ["TB24030100001", "wallet:+251911234567", "wallet:+251922334455", "25000.00", "2024-03-01T08:10:00+03:00"],
      ["TB24030100002", "wallet:+251911234567", "wallet:+251922334455", "5000.00", "2024-03-01T09:00:00+03:00"],
      ["TB24030100003", "wallet:+251922334455", "wallet:+251933445566", "29000.00", "2024-03-01T09:30:00+03:00"],
    ]);
    expect(s.rejects).toMatchObject([{ source_row: "4", reason_code: "not_completed", value: "Failed" }]);
    // The Balance column belongs to the one wallet on every row (the records' owner), on its side.
    expect(s.transfers.map((t) => [t.balance_after_from, t.balance_after_to])).toEqual([[null, "26000.00"], [null, "31000.00"], ["2000.00", null]]);
    expect(s.stderr).toMatch(/reconciliation telebirr .*3 rows with a balance, opening 1000\.00, closing 2000\.00: balances reconcile/);
    // Names as given (Ge'ez script kept), first spelling per wallet.
    expect(s.caseAccounts.find((a) => a.account_id === "wallet:+251911234567")).toMatchObject({ holder_name: "ሰላም ተስፋዬ", kind: "mobile_money", country: "ET" });
  });
});

describe("mto export", () => {
  it("stages both parties and both currencies; the fee paid on top is the operator's own charge, kept in the row, not part of the payment", async () => {
    const s = await stageFile(mtoReader, fixture("mto.csv"));
    expect(s.transfers[0]).toMatchObject({
      tx_id: "MTO-7781-001", from_account: "mto:SwiftRemit/C-55120", to_account: "mto:SwiftRemit/R-90871",
      amount: "2000.00", currency: "SEK", amount_received: "10450.00", currency_received: "ETB",
      timestamp: "2024-03-02T14:05:00+00:00", reference: "SE | ET | mobile wallet",
    });
    expect(JSON.parse(s.transfers[0]!.raw ?? "{}")).toMatchObject({ Fee: "45.00" });
    expect(s.rejects.map((r) => r.value)).toEqual(["Cancelled"]);
    expect(s.caseAccounts.find((a) => a.account_id === "mto:SwiftRemit/R-90871")).toMatchObject({ holder_name: "Tesfay Gebremedhin", kind: "mto", institution: "SwiftRemit", country: "ET" });
    expect(s.caseAccounts.find((a) => a.account_id === "mto:SwiftRemit/C-55120")).toMatchObject({ country: "SE" });
  });
});

describe("hawala ledger", () => {
  it("books each client's position at the keeper (hawala:<broker>/<client>) against the client's phone, IN and OUT, code word kept", async () => {
    const s = await stageFile(hawalaReader, fixture("hawala.csv"), { owner: "hawala:Nairobi Abdi", country: "KE" });
    expect(s.transfers.map((t) => [t.tx_id, t.from_account, t.to_account, t.amount])).toEqual([
      ["1", "wallet:+46701234567", "hawala:Nairobi Abdi/Abrehet Tekle", "3000.00"],
      ["2", "hawala:Nairobi Abdi/Mohamed Ali", "wallet:+254772123456", "2950.00"],
      ["3", "wallet:+46701234567", "hawala:Nairobi Abdi/Abrehet Tekle", "500.00"],
    ]);
    expect(s.transfers[0]!.reference).toBe("mango | Kampala office | for the boy");
    expect(s.caseAccounts.find((a) => a.account_id === "hawala:Nairobi Abdi/Abrehet Tekle")).toMatchObject({ kind: "hawala", holder_name: "Abrehet Tekle" });
    expect(s.caseAccounts.find((a) => a.account_id === "hawala:Nairobi Abdi")).toBeUndefined();
  });
  it("asks for the ledger's keeper when none is given", async () => {
    await expect(stageFile(hawalaReader, fixture("hawala.csv"))).rejects.toThrow(/pass --owner/);
  });
});

describe("bank-csv with --mapping", () => {
  it("reads debit/credit columns with decimal comma, local dates, IBAN counterparties and the balance", async () => {
    const s = await stageFile(bankCsvReader, fixture("bank-statement.csv"), {
      mapping: mapping("bank-statement.mapping.json"), owner: "iban:DE89370400440532013000",
    });
    expect(s.transfers.map((t) => [t.tx_id, t.timestamp, t.from_account, t.to_account, t.amount, t.balance_after_from, t.balance_after_to])).toEqual([
      ["B-0001", "2024-02-29T23:00:00+00:00", "iban:SE4550000000058398257466", "iban:DE89370400440532013000", "1500.00", null, "2500.00"],
      ["B-0002", "2024-03-01T23:00:00+00:00", "iban:DE89370400440532013000", "iban:NL91ABNA0417164300", "2000.00", "500.00", null],
      ["B-0003", "2024-03-30T23:00:00+00:00", "iban:DE89370400440532013000", "service:bank-fees", "4.90", "495.10", null],
    ]);
    expect(s.stderr).toMatch(/reconciliation bank-csv .*3 rows with a balance, opening 1000\.00, closing 495\.10: balances reconcile/);
  });
  it("refuses a mapping that zod rejects, naming the field", async () => {
    await expect(stageFile(bankCsvReader, fixture("bank-statement.csv"), { mapping: { columns: {} } }))
      .rejects.toThrow(/invalid mapping: .*\(file --mapping, column columns.timestamp\)/);
  });
  it("needs a mapping", async () => {
    await expect(stageFile(bankCsvReader, fixture("bank-statement.csv"))).rejects.toThrow(/needs --mapping/);
  });
});

describe("hawala ledger as XLSX", () => {
  it("reads the sheet with exceljs: dates, numbers, formula results, text kept as given", async () => {
    const s = await stageFile(hawalaReader, fixture("hawala.xlsx"), { owner: "hawala:Nairobi Abdi", country: "KE" });
    expect(s.transfers.map((t) => [t.source_row, t.tx_id, t.timestamp, t.from_account, t.to_account, t.amount])).toEqual([
      ["1", "1", "2024-03-04T10:30:00+00:00", "wallet:+46701234567", "hawala:Nairobi Abdi/Abrehet Tekle", "3000"],
      ["3", "2", "2024-03-05T00:00:00+00:00", "hawala:Nairobi Abdi/Mohamed Ali", "wallet:+254772123456", "2950"],
    ]);
    expect(s.transfers[1]!.reference).toContain('=HYPERLINK("x")');
  });
});

describe("mapping conventions", () => {
  it("signed amounts (minus, parentheses, DR), a separate time column, space thousands, decimal comma, IANA zone, constant currency", async () => {
    const m = {
      delimiter: ";",
      columns: { timestamp: "Posting date", time: "Time", amount: "Amount", reference: "Memo", balance: "Running balance" },
      sign: "signed", counterparty: { column: "Other party", type: "phone" },
      constants: { currency: "KES" }, date_format: "%d/%m/%Y %H:%M", timezone: "Africa/Nairobi",
      decimal_separator: ",", thousands_separator: " ", country: "KE",
    };
    const s = await stageFile(bankCsvReader, fixture("signed-statement.csv"), { mapping: m, owner: "wallet:+254700999888" });
    expect(s.transfers.map((t) => [t.timestamp, t.from_account, t.to_account, t.amount, t.currency])).toEqual([
      ["2024-03-05T05:30:00+00:00", "wallet:+254712345678", "wallet:+254700999888", "1250.00", "KES"],
      ["2024-03-06T11:00:00+00:00", "wallet:+254700999888", "wallet:+254722000111", "250.00", "KES"],
      ["2024-03-07T06:15:00+00:00", "wallet:+254700999888", "wallet:+254733222444", "100.00", "KES"],
    ]);
    expect(s.stderr).toMatch(/3 rows with a balance, opening 0\.00, closing 900\.00: balances reconcile/);
  });
});

describe("bank-csv statement listed newest first, dates without times", () => {
  it("is read in chronological order within a day, so the balance column holds", async () => {
    const s = await stageFile(bankCsvReader, fixture("bank-statement-newest-first.csv"), {
      mapping: mapping("bank-statement.mapping.json"), owner: "iban:DE89370400440532013000",
    });
    const seq = new Map(s.order.map((o) => [o.source_row, Number(o.seq)]));
    // Row 4 (oldest) is read first, row 1 (newest) last.
    expect([4, 3, 2, 1].map((r) => seq.get(String(r)))).toEqual([1, 2, 3, 4]);
    expect(s.stderr).toMatch(/4 rows with a balance, opening 1000\.00, closing 1700\.00: balances reconcile/);
  });
});
