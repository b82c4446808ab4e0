// The report's headline figures under issue 17's rules (docs/report.md, "Headline figures"):
// paid by the families is what the payers sent; money reaching leaders is counted once however
// many leader accounts it passes; roles only from detection; victims and payers as persons;
// `report` after `compare` reports the user's trace run.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { openCase } from "../src/db/connect.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const TRANSFERS = `tx_id,timestamp,from_account,to_account,amount,currency,amount_received,currency_received,channel,reference
P1,2025-03-01T08:00:00Z,wallet:+31600000001,wallet:+254700000001,1000.00,USD,990.00,USD,mobile,
P2,2025-03-01T09:00:00Z,wallet:+31600000002,wallet:+254700000001,2000.00,USD,1980.00,USD,mobile,
F1,2025-03-02T08:00:00Z,wallet:+254700000001,bank:L1,2970.00,USD,2970.00,USD,bank,
F2,2025-03-03T08:00:00Z,bank:L1,bank:L2,2900.00,USD,2900.00,USD,bank,
F3,2025-03-04T08:00:00Z,bank:L2,bank:L3,2800.00,USD,2800.00,USD,bank,
F4,2025-03-05T08:00:00Z,bank:L3,bank:F1,500.00,USD,500.00,USD,bank,
`;
const ACCOUNTS = `account_id,kind,id_type,holder_name,institution,country,opening_balance
wallet:+31600000001,mobile_money,wallet,Abraham Haile Abraham,KPN,NL,
wallet:+31600000002,mobile_money,wallet,Senait Dawit Fitsum,KPN,NL,
wallet:+254700000001,mobile_money,wallet,Collector One,Safaricom,KE,
bank:L1,bank,bank_account,Leader One,Gulf Bank,AE,
bank:L2,bank,bank_account,Leader Two,Gulf Bank,AE,
bank:L3,bank,bank_account,Leader Three,Gulf Bank,AE,
bank:F1,bank,bank_account,Front Trading LLC,Gulf Bank,AE,
`;

let dir: string;
let db: string;
const report = async (...extra: string[]) => json(await cli(["report", "--db", db, "--out", join(dir, "r.html"), "--json", ...extra]));

beforeAll(async () => {
  dir = tmpDir();
  db = join(dir, "case.duckdb");
  writeFileSync(join(dir, "transfers.csv"), TRANSFERS);
  writeFileSync(join(dir, "accounts.csv"), ACCOUNTS);
  writeFileSync(join(dir, "seeds.csv"), "tx_id\nP1\nP2\n");
  json(await cli(["ingest", join(dir, "transfers.csv"), join(dir, "accounts.csv"), "--db", db, "--json"]));
});

describe("report --json headline figures", () => {
  it("without detection: paid by the families is what the payers sent, and no account is called a leader", async () => {
    json(await cli(["trace", "--db", db, "--seed-file", join(dir, "seeds.csv"), "--method", "fifo", "--json"]));
    const h = await report();
    expect(h.method).toBe("fifo");
    expect(h.currency).toBe("USD");
    // value_out of the seeds (1,000 + 2,000), not what the collector received (2,970).
    expect(h.paid_by_families).toBe(3000);
    expect(h.received_by_collectors).toBe(2970);
    expect(h.fees).toBe(30);
    expect(h.reached_leaders).toEqual({ amount: 0, share: 0, accounts: [] });
    expect(h.roles_from).toBe("not classified");
    expect(h.payers).toBe(2);
    const html = readFileSync(join(dir, "r.html"), "utf8");
    expect(html).toContain("Roles are not classified");
    expect(html).toContain("flowtrace detect");
    // Every figure adds up: paid = retained + cashed out + beyond the horizon + below + fees.
    expect(h.retained + h.cashed_out + h.beyond_horizon + h.below_threshold + h.fees).toBeCloseTo(h.paid_by_families, 2);
  });

  it("counts money once however many leader accounts it passes (L1 → L2 → L3), never above 100 %", async () => {
    const c = await openCase(db);
    await c.conn.run(readFileSync(fileURLToPath(new URL("./golden/report/detect-leaders.sql", import.meta.url)), "utf8"));
    c.close();
    const h = await report();
    expect(h.roles_from).toBe("detection");
    // 2,970 reached L1; L1 → L2 and L2 → L3 are the same money, not counted again.
    expect(h.reached_leaders.amount).toBe(2970);
    expect(h.reached_leaders.share).toBeLessThanOrEqual(1);
    expect(h.reached_leaders.share).toBeCloseTo(2970 / 3000, 4);
    // L2 and L3 stay leaders (detection says so); what they got is already counted at L1.
    expect(h.reached_leaders.accounts).toEqual([{ account: "bank:L1", amount: 2970 }, { account: "bank:L2", amount: 0 }, { account: "bank:L3", amount: 0 }]);
    const html = readFileSync(join(dir, "r.html"), "utf8");
    expect(html).toContain("counted once");
    const role = (id: string) => new RegExp(`<tr data-acct="${id}">.*?class="role r-([a-z-]+)"`).exec(html)?.[1];
    expect(role("bank:L2")).toBe("leader");
    // The front business (a leader candidate only leaders pay) is not called a leader.
    expect(role("bank:F1")).toBe("cash-out");
  });

  it("after compare, reports the user's own trace run and names its rule", async () => {
    const mine = json(await cli(["trace", "--db", db, "--seed-file", join(dir, "seeds.csv"), "--method", "lifo", "--json"]));
    // compare stores one run per rule, the last one (tainted-first) stored last.
    json(await cli(["compare", "--db", db, "--seed-file", join(dir, "seeds.csv"), "--max-hops", "5", "--json"], new Date("2026-01-02T00:00:00Z")));
    const h = await report();
    expect(h.run_id).toBe(mine.run_id);
    expect(h.method).toBe("lifo");
    expect(h.made_by).toBe("trace");
    expect(readFileSync(join(dir, "r.html"), "utf8")).toContain("Rule: <strong>lifo</strong>");
  });

  it("keeps the user's run the user's when compare stores the same run again", async () => {
    const mine = json(await cli(["trace", "--db", db, "--seed-file", join(dir, "seeds.csv"), "--method", "haircut", "--json"], new Date("2026-01-03T00:00:00Z")));
    json(await cli(["compare", "--db", db, "--seed-file", join(dir, "seeds.csv"), "--json"], new Date("2026-01-04T00:00:00Z")));
    const h = await report();
    expect(h.run_id).toBe(mine.run_id);
    expect(h.made_by).toBe("trace");
  });

  it("reads a case made before trace_runs.made_by (read-only: the latest run), and upgrades it when opened for writing", async () => {
    const old = join(dir, "old.duckdb");
    json(await cli(["ingest", join(dir, "transfers.csv"), join(dir, "accounts.csv"), "--db", old, "--json"]));
    const run = json(await cli(["trace", "--db", old, "--seed-file", join(dir, "seeds.csv"), "--json"]));
    // Make it look like a case of the previous schema: no made_by, another schema stamp.
    const c = await openCase(old);
    await c.conn.run(readFileSync(fileURLToPath(new URL("./golden/report/drop-made-by.sql", import.meta.url)), "utf8"));
    c.close();
    const h = json(await cli(["report", "--db", old, "--out", join(dir, "old.html"), "--json"]));
    expect(h.run_id).toBe(run.run_id);
    expect(h.made_by).toBe("trace");
    // Opened for writing, the schema is applied again: the column is back, every run the user's.
    const w = await openCase(old);
    const rows = (await w.conn.runAndReadAll("SELECT made_by FROM trace_runs")).getRowObjectsJson();
    w.close();
    expect(rows).toEqual([{ made_by: "trace" }]);
  });
});
