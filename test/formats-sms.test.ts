import { describe, expect, it } from "vitest";
import { mpesaSmsReader, parseSms } from "../src/ingest/formats/mpesaSms.js";
import { fixture, stageFile } from "./formats/stageFile.js";

describe("mpesa-sms confirmations", () => {
  it("parseSms reads a sent message: amount, counterparty, 12-hour EAT time, balance, cost", () => {
    expect(parseSms("SBB2CCCCC2 Confirmed. Ksh1,200.00 sent to IAN MAINA 0712345678 on 2/3/24 at 10:02 PM. New M-PESA balance is Ksh4,054.00. Transaction cost, Ksh23.00.")).toEqual({
      receipt: "SBB2CCCCC2", out: true, amount: "1200.00", party: "IAN MAINA 0712345678", when: "2024-03-02T22:02:00", balance: "4054.00", cost: "23.00",
    });
  });

  it("stages one transfer per message with the cost as its fee; unknown messages are quarantined, not lost", async () => {
    const s = await stageFile(mpesaSmsReader, fixture("mpesa-sms.txt"), { owner: "0722000111" });
    expect(s.transfers.map((t) => [t.tx_id, t.timestamp, t.from_account, t.to_account, t.amount, t.amount_received, t.balance_after_from, t.balance_after_to])).toEqual([
      ["SBB2CCCCC1", "2024-03-02T08:00:00+03:00", "wallet:+254733444555", "wallet:+254722000111", "5000.00", null, null, "5277.00"],
      ["SBB2CCCCC2", "2024-03-02T10:02:00+03:00", "wallet:+254722000111", "wallet:+254712345678", "1223.00", "1200.00", "4054.00", null],
      ["SBB2CCCCC3", "2024-03-03T14:00:00+03:00", "wallet:+254722000111", "agent:123456", "3053.00", "3000.00", "1001.00", null],
    ]);
    expect(s.rejects).toMatchObject([{ source_row: "4", reason_code: "unknown_message" }]);
    expect(s.caseAccounts.find((a) => a.account_id === "agent:123456")).toMatchObject({ kind: "service", holder_name: "BARAKA SHOP NAIROBI" });
  });
});
