import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mt103Reader, swiftAmount } from "../src/ingest/formats/mt103.js";
import { extdata, fixture, stageFile } from "./formats/stageFile.js";

describe("mt103", () => {
  it("swiftAmount reads the decimal comma", () => {
    expect([swiftAmount("3700,"), swiftAmount("1321,00"), swiftAmount("1417,8")]).toEqual(["3700", "1321.00", "1417.8"]);
  });

  it("stages every message of a file: 33B as sent, 32A as settled, IBANs typed, banks from 57A or the header", async () => {
    const s = await stageFile(mt103Reader, fixture("mt103.fin"));
    expect(s.transfers.map((t) => [t.tx_id, t.timestamp, t.from_account, t.to_account, t.amount, t.currency, t.amount_received, t.currency_received])).toEqual([
      ["FT24030700001", "2024-03-07T00:00:00+00:00", "iban:DE89370400440532013000", "iban:NL91ABNA0417164300", "5000.00", "EUR", "4985.50", "EUR"],
      ["FT24030700002", "2024-03-08T00:00:00+00:00", "bank:DEUTDEFF/0044556677", "bank:CBETETAA/1000123456789", "1200", "USD", null, null],
    ]);
    expect(s.caseAccounts.find((a) => a.account_id === "bank:CBETETAA/1000123456789")).toMatchObject({ holder_name: "TESFAY GEBREMEDHIN", kind: "bank", institution: "CBETETAA" });
  });

  const dir = join(extdata, "iso20022_swift_samples/prowide_core_mt");
  it.skipIf(!existsSync(dir))("reads prowide's RJE files with ACK envelopes: 3 and 13 messages, repeated :20: references kept apart", async () => {
    const bulk = await stageFile(mt103Reader, join(dir, "MT103-bulk-with-ack.rje"));
    expect(bulk.transfers.map((t) => [t.tx_id, t.amount, t.amount_received])).toEqual([
      ["234234233", "3710", "3700"], ["C4772342333", "1350", "1321.00"], ["201904250034434", "1444.8", "1417.8"],
    ]);
    const out = await stageFile(mt103Reader, join(dir, "MT103-out-ack.rje"));
    expect(out.transfers.length).toBe(13);
    expect(out.transfers.filter((t) => t.tx_id!.startsWith("INGDESMM")).map((t) => t.tx_id)).toEqual(["INGDESMM", "INGDESMM#2"]);
    expect(new Set(out.transfers.map((t) => t.tx_id)).size).toBe(13);
    const other = await stageFile(mt103Reader, join(dir, "MT101.fin"));
    expect(other.rejects).toMatchObject([{ reason_code: "not_mt103", value: "MT101" }]);
  });
});
