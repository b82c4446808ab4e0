import { describe, expect, it } from "vitest";
import { mpesaReader } from "../src/ingest/formats/mpesa.js";
import { fixture, stageFile } from "./formats/stageFile.js";

describe("mpesa statement CSV", () => {
  it("stages every completed row once: owner from the preamble, EAT kept as +03:00, newest-first order", async () => {
    const s = await stageFile(mpesaReader, fixture("mpesa-statement.csv"));
    expect(s.transfers.map((t) => t.tx_id)).toEqual([
      "SBA1AAAAA8", "SBA1AAAAA6", "SBA1AAAAA5:charge", "SBA1AAAAA5", "SBA1AAAAA3", "SBA1AAAAA2:charge", "SBA1AAAAA2", "SBA1AAAAA1",
    ]);
    const first = s.transfers.find((t) => t.tx_id === "SBA1AAAAA1")!;
    expect(first).toMatchObject({
      timestamp: "2024-03-01T09:15:00+03:00", from_account: "wallet:+254711222333", to_account: "wallet:+254722000111",
      amount: "1000.00", currency: "KES", balance_after_to: "1500.00", balance_after_from: null,
    });
  });

  it("keeps masked counterparties masked and reads multi-line Details, negative Withdrawn and quoted thousands", async () => {
    const s = await stageFile(mpesaReader, fixture("mpesa-statement.csv"));
    const t = s.transfers.find((r) => r.tx_id === "SBA1AAAAA2")!;
    expect(t).toMatchObject({ to_account: "masked:07******212", amount: "1200.00", balance_after_from: "300.00" });
    expect(s.caseAccounts.find((a) => a.account_id === "masked:07******212")).toMatchObject({ holder_name: "IAN MAINA", id_type: "masked" });
  });

  it("turns charge rows sharing a receipt into fee transfers to the provider, never dropping them", async () => {
    const s = await stageFile(mpesaReader, fixture("mpesa-statement.csv"));
    expect(s.transfers.find((r) => r.tx_id === "SBA1AAAAA2:charge")).toMatchObject({
      from_account: "wallet:+254722000111", to_account: "service:mpesa-fees", amount: "23.00", balance_after_from: "277.00",
    });
    expect(s.caseAccounts.find((a) => a.account_id === "service:mpesa-fees")?.kind).toBe("service");
  });

  it("quarantines Failed and Reversed rows with the status as the reason", async () => {
    const s = await stageFile(mpesaReader, fixture("mpesa-statement.csv"));
    expect(s.rejects.map((r) => [r.source_row, r.value, r.reason_code])).toEqual([
      ["2", "Reversed", "not_completed"], ["8", "Failed", "not_completed"],
    ]);
    // 10 data rows: 8 staged transfers + 2 rejects; page headers and verification codes are not rows.
    expect(s.transfers.length + s.rejects.length).toBe(10);
  });

  it("names agents, pay bills and keeps names exactly as given", async () => {
    const s = await stageFile(mpesaReader, fixture("mpesa-statement.csv"));
    expect(s.transfers.find((r) => r.tx_id === "SBA1AAAAA5")?.to_account).toBe("agent:123456");
    expect(s.transfers.find((r) => r.tx_id === "SBA1AAAAA6")?.to_account).toBe("merchant:888880");
    expect(s.caseAccounts.find((a) => a.account_id === "wallet:+254722555666")?.holder_name).toBe('=HYPERLINK("x") <script>');
    expect(s.caseAccounts.find((a) => a.account_id === "wallet:+254722000111")?.holder_name).toBe("AMANI WEKESA OTIENO");
  });

  it("reports that a consistent statement's balances reconcile", async () => {
    const s = await stageFile(mpesaReader, fixture("mpesa-statement.csv"));
    expect(s.stderr).toMatch(/reconciliation mpesa .*8 rows with a balance, opening 500\.00, closing 1000\.00: balances reconcile/);
  });

  it("reports the row where a broken statement's Balance disagrees with its amounts", async () => {
    const s = await stageFile(mpesaReader, fixture("mpesa-statement-broken.csv"));
    expect(s.stderr).toMatch(/1 difference\(s\)/);
    expect(s.stderr).toMatch(/row 5 \(SBA1AAAAA5\): balance 2377\.00, computed 2277\.00, difference \+100\.00/);
  });

  it("takes --owner over the preamble and --timezone over EAT", async () => {
    const s = await stageFile(mpesaReader, fixture("mpesa-statement.csv"), { owner: "+254 722 000 999", timezone: "UTC" });
    expect(s.transfers[0]).toMatchObject({ from_account: "wallet:+254722000999", timestamp: "2024-03-05T23:30:00+00:00" });
  });
});

describe("mpesa read order", () => {
  it("reads a newest-first statement chronologically: a transfer before its charge with the same time", async () => {
    const s = await stageFile(mpesaReader, fixture("mpesa-statement.csv"));
    const seq = new Map(s.order.map((o) => [o.source_row, Number(o.seq)]));
    // Row 11 (transfer, balance 300) and row 10 (its charge, balance 277) share a time: transfer first.
    expect(seq.get("11")!).toBeLessThan(seq.get("10")!);
    // A permutation of the transfer rows' own numbers.
    expect([...seq.values()].sort((a, b) => a - b)).toEqual(s.transfers.map((t) => Number(t.source_row)).sort((a, b) => a - b));
  });
  it("adds derived accounts to the case with kinds (fee and agent accounts terminal) and normalised names", async () => {
    const s = await stageFile(mpesaReader, fixture("mpesa-statement.csv"));
    expect(s.caseAccounts.find((a) => a.account_id === "agent:123456")).toMatchObject({ kind: "service", holder_name: "BARAKA SHOP NAIROBI", holder_name_norm: "baraka shop nairobi", source_id: null });
    expect(s.caseAccounts.find((a) => a.account_id === "wallet:+254722000111")).toMatchObject({ kind: "mobile_money", holder_name: "AMANI WEKESA OTIENO" });
    expect(s.accounts).toEqual([]);
  });
});

describe("mpesa statement variants", () => {
  it("reads 'Receipt No', 'Paid Out', an extra Balance Confirmed column, dd/mm/yyyy times, oldest first, overdraft pairs", async () => {
    const s = await stageFile(mpesaReader, fixture("mpesa-statement-variant.csv"));
    expect(s.transfers.map((t) => [t.tx_id, t.timestamp, t.from_account, t.to_account, t.amount, t.balance_after_from ?? t.balance_after_to])).toEqual([
      ["SCD4EEEEE1", "2024-04-01T08:00:00+03:00", "wallet:+254700111222", "wallet:+254733100200", "2500.00", "2500.00"],
      ["SCD4EEEEE2", "2024-04-02T09:30:00+03:00", "wallet:+254733100200", "masked:0711******9", "3000.00", "-500.00"],
      ["SCD4EEEEE2:2", "2024-04-02T09:30:00+03:00", "service:mpesa-overdraft", "wallet:+254733100200", "500.00", "0.00"],
      ["SCD4EEEEE3", "2024-04-03T10:00:00+03:00", "agent:556677", "wallet:+254733100200", "1000.00", "1000.00"],
      ["SCD4EEEEE4", "2024-04-03T10:05:00+03:00", "wallet:+254733100200", "service:mpesa-overdraft", "505.00", "495.00"],
      ["SCD4EEEEE5", "2024-04-04T12:00:00+03:00", "wallet:+254733100200", "service:mpesa-airtime", "50.00", "445.00"],
    ]);
    // Oldest first: file order is already chronological.
    expect(s.order.every((o) => o.source_row === o.seq)).toBe(true);
    expect(s.stderr).toMatch(/6 rows with a balance, opening 0\.00, closing 445\.00: balances reconcile/);
    expect(s.caseAccounts.find((a) => a.account_id === "wallet:+254733100200")?.holder_name).toBe("ZAWADI NJERI KAMAU");
  });
});

describe("mpesa statement converted with Details split over rows", () => {
  it("joins a continuation row (no receipt, time, status or amount) to the Details above", async () => {
    const s = await stageFile(mpesaReader, fixture("mpesa-statement-split.csv"));
    expect(s.transfers.map((t) => [t.tx_id, t.from_account, t.to_account, t.reference])).toEqual([
      ["SBS1SSSSS2", "wallet:+254722000111", "masked:07******212", "Customer Transfer to - 07******212 IAN MAINA"],
      ["SBS1SSSSS1", "wallet:+254711222333", "wallet:+254722000111", "Funds received from - 0711 222 333 GRACE ACHIENG"],
    ]);
    expect(s.rejects).toEqual([]);
    expect(s.caseAccounts.find((a) => a.account_id === "wallet:+254711222333")?.holder_name).toBe("GRACE ACHIENG");
  });
});
