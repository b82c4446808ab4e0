// Compatibility with the public data sets in ../shared/extdata (skipped when it is absent):
// every row of the file is staged once, identifiers round-trip exactly (as text).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { paysimReader } from "../src/ingest/formats/paysim.js";
import { amlsimReader } from "../src/ingest/formats/amlsim.js";
import { amlworldReader } from "../src/ingest/formats/amlworld.js";
import { finbenchReader } from "../src/ingest/formats/finbench.js";
import { fileHead } from "../src/ingest/formats/statementHead.js";
import { extdata, stageFile } from "./formats/stageFile.js";
import { tmpDir } from "./util/tmp.js";

const has = (p: string) => existsSync(join(extdata, p));
const dataLines = (p: string) => readFileSync(p, "utf8").split(/\r?\n/).slice(1).filter((l) => l.length > 0);

describe.skipIf(!has("paysim_sample/paysim_sample.csv"))("paysim (extdata sample)", () => {
  const path = join(extdata, "paysim_sample/paysim_sample.csv");
  it("stages all 51,392 rows with step hours from the epoch and C…/M… ids kept", async () => {
    expect(paysimReader.detect!(fileHead(path), path)).toBe(true);
    const s = await stageFile(paysimReader, path);
    expect(s.transfers.length + s.rejects.length).toBe(51392);
    expect(s.transfers[0]).toMatchObject({ tx_id: "paysim:1", timestamp: "2017-01-01T16:00:00+00:00",
      from_account: "paysim:C1491813860", to_account: "merchant:M1947091889", amount: "38398.68", channel: "PAYMENT",
      balance_after_from: "456941.84" });
    const cashIn = s.transfers.find((t) => t.channel === "CASH_IN")!;
    expect(cashIn.to_account).toBe(`paysim:${JSON.parse(cashIn.raw!).nameOrig}`);
    expect(s.transfers.filter((t) => t.reference?.startsWith("isFraud=1")).length).toBe(1392);
  });
  it("honours --epoch", async () => {
    const s = await stageFile(paysimReader, path, { epoch: "2024-06-01T00:00:00Z" });
    expect(s.transfers[0]!.timestamp).toBe("2024-06-01T16:00:00+00:00");
  });
});

describe.skipIf(!has("ibm_amlsim_samples"))("amlsim (extdata samples)", () => {
  it("legacy transactions.csv: every row, node ids round-trip, steps as days", async () => {
    const path = join(extdata, "ibm_amlsim_samples/legacy_20K/20K_cycle200/transactions.csv");
    const s = await stageFile(amlsimReader, path);
    expect(s.transfers.length).toBe(117805);
    const lines = dataLines(path);
    expect(s.transfers[0]!.from_account).toBe(`amlsim:${lines[0]!.split(",")[0]}`);
    expect(s.transfers[117804]!.to_account).toBe(`amlsim:${lines[117804]!.split(",")[1]}`);
    expect(s.transfers[0]!.timestamp).toBe("2017-01-01T00:00:00+00:00");
  });
  it("legacy nodes.csv: 20,000 accounts with their initial balance", async () => {
    const s = await stageFile(amlsimReader, join(extdata, "ibm_amlsim_samples/legacy_20K/20K_cycle200/nodes.csv"));
    expect(s.accounts.length).toBe(20000);
    expect(s.accounts[0]).toMatchObject({ account_id: "amlsim:0", opening_balance: "184.44" });
  });
  it("current transactions.csv and accounts.csv: every row, SAR labels kept", async () => {
    const s = await stageFile(amlsimReader, join(extdata, "ibm_amlsim_samples/exports_v2_fanin/transactions.csv"));
    expect(s.transfers.length).toBe(10333);
    expect(s.transfers[0]).toMatchObject({ tx_id: "amlsim:1", from_account: "amlsim:50", to_account: "amlsim:62",
      timestamp: "2011-01-01T00:00:00Z", amount: "234.08", reference: "is_sar=true alert_id=0" });
    expect(s.transfers.filter((t) => t.reference?.startsWith("is_sar=true")).length).toBe(51);
    const a = await stageFile(amlsimReader, join(extdata, "ibm_amlsim_samples/exports_v2_fanin/accounts.csv"));
    expect(a.accounts.length).toBe(100);
    expect(a.accounts[0]).toMatchObject({ account_id: "amlsim:0", holder_name: "C_0", opening_balance: "92221.09", country: "US" });
  });
  it("older sample outputs: tx.csv, cash_tx.csv (cash at branches) and accounts.csv", async () => {
    const dir = join(extdata, "ibm_amlsim_samples/legacy_sample_outputs");
    const tx = await stageFile(amlsimReader, join(dir, "tx.csv"));
    expect(tx.transfers.length).toBe(45);
    expect(tx.transfers[0]).toMatchObject({ tx_id: "amlsim:2", from_account: "amlsim:15", to_account: "amlsim:25", amount: "125.05", channel: "CHECK" });
    const cash = await stageFile(amlsimReader, join(dir, "cash_tx.csv"));
    expect(cash.transfers.length).toBe(88);
    expect(cash.transfers[0]).toMatchObject({ tx_id: "amlsim-cash:1", from_account: "amlsim:0", to_account: "cash:amlsim-branch-11" });
    const acc = await stageFile(amlsimReader, join(dir, "accounts.csv"));
    expect(acc.accounts.length).toBe(30);
  });
});

describe.skipIf(!has("ibm_amlworld_hi_small"))("amlworld (extdata samples)", () => {
  it("reads the raw layout with two columns named Account by position, bank ids zero-padded as given", async () => {
    // Rebuild the raw HI-Small_Trans.csv layout from the patterns file (same columns, same values).
    const flat = dataLines(join(extdata, "ibm_amlworld_hi_small/hi_small_patterns_flat.csv"));
    const rows = flat.map((l) => l.split(",").slice(6).join(","));
    const path = join(tmpDir(), "HI-Small_Trans.csv");
    writeFileSync(path, ["Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering", ...rows].join("\n") + "\n");
    expect(amlworldReader.detect!(fileHead(path), path)).toBe(true);
    const s = await stageFile(amlworldReader, path);
    expect(s.transfers.length).toBe(3209);
    expect(s.transfers[0]).toMatchObject({ timestamp: "2022-09-01T00:06:00+00:00", from_account: "bank:021174/800737690",
      to_account: "bank:012/80011F990", amount: "2848.96", currency: "EUR", amount_received: "2848.96", currency_received: "EUR",
      channel: "ACH", reference: "is_laundering=1" });
    const parts = rows[3208]!.split(",");
    expect(s.transfers[3208]!.to_account).toBe(`bank:${parts[3]}/${parts[4]}`);
  });
  it("reads the accounts sample: 1,000 accounts with entity names", async () => {
    const s = await stageFile(amlworldReader, join(extdata, "ibm_amlworld_hi_small/upstream/accounts_sample.csv"));
    expect(s.accounts.length).toBe(1000);
    expect(s.accounts[0]).toMatchObject({ account_id: "bank:331579/80B779D80", holder_name: "Sole Proprietorship #50438", institution: "Portugal Bank #4507" });
  });
  it("reads the re-headered sample: 1,000 rows", async () => {
    const s = await stageFile(amlworldReader, join(extdata, "ibm_amlworld_hi_small/upstream/transactions_sample.csv"));
    expect(s.transfers.length).toBe(1000);
    expect(s.transfers[0]).toMatchObject({ from_account: "bank:10/8000EBD30", to_account: "bank:10/8000EBD30", currency: "USD", channel: "Reinvestment" });
  });
});

describe.skipIf(!has("ldbc_finbench_sf0.01"))("finbench (extdata SF0.01)", () => {
  const dir = join(extdata, "ldbc_finbench_sf0.01/snapshot");
  it("transfers: 8,132 rows, ids above 2^53 kept exactly as text", async () => {
    const path = join(dir, "AccountTransferAccount.csv");
    const s = await stageFile(finbenchReader, path);
    expect(s.transfers.length).toBe(8132);
    expect(s.transfers[0]).toMatchObject({ from_account: "finbench:16607023625929101", to_account: "finbench:4671921663443468288",
      amount: "3851891.85", timestamp: "2020-08-29T15:28:58.647+00:00" });
    const ids = new Set(dataLines(path).flatMap((l) => l.split("|").slice(0, 2)));
    const staged = new Set(s.transfers.flatMap((t) => [t.from_account!.slice(9), t.to_account!.slice(9)]));
    expect(staged).toEqual(ids);
  });
  it("withdrawals: 9,182 rows; accounts: 2,055", async () => {
    const w = await stageFile(finbenchReader, join(dir, "AccountWithdrawAccount.csv"));
    expect(w.transfers.length).toBe(9182);
    expect(w.transfers[0]!.tx_id).toBe("finbench:withdraw:1");
    const a = await stageFile(finbenchReader, join(dir, "Account.csv"));
    expect(a.accounts.length).toBe(2055);
    expect(a.accounts[0]).toMatchObject({ account_id: "finbench:4614219293217785425", holder_name: "Arlena Penha" });
  });
});
