// follow-the-money's examples load with their own config.json as --mapping
// (../shared/extdata, skipped when absent): every row, txn ids and account ids as written.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { followTheMoneyReader } from "../src/ingest/formats/followTheMoney.js";
import { extdata, stageFile } from "./formats/stageFile.js";

const root = join(extdata, "follow_the_money_examples");
const pairs: [string, string][] = [];
if (existsSync(root)) {
  for (const dir of readdirSync(root).filter((d) => /^\d_/.test(d))) {
    for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith(".csv"))) {
      const exact = join(root, dir, f.replace("txns", "config").replace(/\.csv$/, ".json"));
      const fallback = join(root, dir, `${f.split("_")[0]}_config.json`);
      const config = existsSync(exact) ? exact : fallback;
      if (existsSync(config)) pairs.push([join(dir, f), config]);
    }
  }
}

describe.skipIf(!pairs.length)("follow-the-money examples", () => {
  it.each(pairs)("%s", async (csv, config) => {
    const cfg = JSON.parse(readFileSync(config, "utf8"));
    const s = await stageFile(followTheMoneyReader, join(root, csv), { mapping: cfg });
    const lines = readFileSync(join(root, csv), "utf8").split(/\r?\n/).filter((l) => l.trim());
    expect(s.transfers.length + s.rejects.length).toBe(lines.length);
    const header: string[] = cfg.transaction_header;
    const ids = lines.map((l) => l.split(cfg.delimiter ?? ",")[header.indexOf("txn_ID")]);
    expect(s.transfers.map((t) => t.tx_id)).toEqual(ids);
    const src = lines.map((l) => l.split(cfg.delimiter ?? ",")[header.indexOf("src_ID")]);
    expect(s.transfers.map((t) => t.from_account)).toEqual(src);
  });

  it("reads fees as paid by the sender on top, and post balances as known balances", async () => {
    const fees = JSON.parse(readFileSync(join(root, "5_provider_fees/network_config_fees.json"), "utf8"));
    const s = await stageFile(followTheMoneyReader, join(root, "5_provider_fees/network_txns_fees.csv"), { mapping: fees });
    expect(s.transfers[1]).toMatchObject({ tx_id: "2", from_account: "BBB", to_account: "QQQ", amount: "3600.00", amount_received: "3500.00", channel: "bill_payment" });
    const bal = JSON.parse(readFileSync(join(root, "4_known_balances/account_config_bal.json"), "utf8"));
    const b = await stageFile(followTheMoneyReader, join(root, "4_known_balances/account_txns_bal.csv"), { mapping: bal });
    expect(b.transfers[0]).toMatchObject({ tx_id: "10000010", timestamp: "2019-08-18T00:00:00+00:00", balance_after_to: "60", balance_after_from: null });
    expect(b.transfers[1]).toMatchObject({ from_account: "XYZ", to_account: "provider", balance_after_from: "50" });
  });
});
