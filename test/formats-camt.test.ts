// camt.053/054 against genkgo/camt's expected parses (../shared/extdata, skipped when absent):
// every Ntry staged once; each expected entry's amount, currency, booking time, direction and
// statement account found among the staged transfers.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { camt053Reader, camt054Reader } from "../src/ingest/formats/camt.js";
import { extdata, stageFile } from "./formats/stageFile.js";

const dir = join(extdata, "iso20022_swift_samples/genkgo_camt");
const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^camt05?[34].*\.xml$/.test(f) && !f.includes("wrong")) : [];

describe.skipIf(!files.length)("camt053/camt054 against genkgo/camt expected parses", () => {
  it.each(files)("%s", async (file) => {
    const xml = readFileSync(join(dir, file), "utf8");
    const reader = xml.includes("camt.054") ? camt054Reader : camt053Reader;
    expect(reader.detect!(xml.slice(0, 65536), file)).toBe(true);
    const s = await stageFile(reader, join(dir, file));
    expect(s.transfers.length + s.rejects.length).toBe((xml.match(/<Ntry>/g) ?? []).length);
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.xml$/, ".json")), "utf8"));
    for (const e of expected.getEntries ?? []) {
      const minor = BigInt(e.getAmount.getAmount);
      const account = e.getRecord.getAccount.getIdentification as string;
      const booked = e.getBookingDate?.["0"] as string | undefined;
      const match = s.transfers.find((t) => {
        const units = BigInt(Math.round(Number(t.amount) * 100));
        const owner = [t.from_account, t.to_account].find((a) => a!.endsWith(account));
        const credit = t.to_account === owner;
        return units === (minor < 0n ? -minor : minor) && t.currency === e.getAmount.getCurrency.getCode
          && owner !== undefined && credit === (e.getCreditDebitIndicator === "CRDT")
          && (booked === undefined || Date.parse(t.timestamp!) === Date.parse(booked));
      });
      expect(match, `${file}: ${JSON.stringify({ minor: String(minor), account, booked })}`).toBeDefined();
    }
  });

  it("refuses a camt document without statements (camt053.v2.wrong.xml)", async () => {
    await expect(stageFile(camt053Reader, join(dir, "camt053.v2.wrong.xml"))).rejects.toThrow(/without any statement/);
  });

  it("reconciles opening + entries with the closing balance per statement", async () => {
    const s = await stageFile(camt053Reader, join(dir, "camt053.v2.multi.statement.xml"));
    expect(s.stderr).toMatch(/statement .*: opening 18\.15, 1 booked entries, closing 27\.00: balances reconcile/);
    expect(s.stderr).toMatch(/opening 27\.00, 1 booked entries, closing 20\.00: balances reconcile/);
  });
});

describe.skipIf(!files.length)("camt accounts", () => {
  it("adds the statement's account with its owner's name, and named counterparties, to the case", async () => {
    const s = await stageFile(camt053Reader, join(dir, "camt053.v2.with-account-name.xml"));
    const owner = s.caseAccounts.find((a) => a.account_id === "iban:CH2801234000123456789");
    expect(owner).toMatchObject({ kind: "bank", holder_name: "Account Owner Name" });
    expect(s.caseAccounts.length).toBeGreaterThan(1);
  });
});
