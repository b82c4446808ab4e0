// runs, ledger, compare: the stored trail of a trace, checked on the first worked example
// (A receives 100 clean and 50 tainted, sends 70 to B and 60 to C).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, json } from "./util/cli.js";
import { makeCase } from "./util/case.js";

const example1 = `tx_id,timestamp,from_account,to_account,amount,currency
t1,2024-03-01T08:00:00Z,wallet:src,wallet:A,100.00,USD
t2,2024-03-02T08:00:00Z,wallet:victim,wallet:A,50.00,USD
t3,2024-03-03T08:00:00Z,wallet:A,wallet:B,70.00,USD
t4,2024-03-04T08:00:00Z,wallet:A,wallet:C,60.00,USD
t5,2024-03-05T08:00:00Z,wallet:C,cash:agent,30.00,USD
`;
const accounts = `account_id,kind
cash:agent,cash
`;

describe("runs, ledger and compare", () => {
  it("ledger shows the fifo arithmetic for t4: 30 from the clean lot t1, 30 tainted from t2", async () => {
    const c = await makeCase({ transfers: example1, accounts });
    const doc = json(await cli(["trace", "--db", c.db, "--seed-tx", "t2", "--method", "fifo", "--json"]));
    const l = json(await cli(["ledger", "--db", c.db, "--run", doc.run_id, "--account", "wallet:A", "--json"]));
    expect(l.rows.map((r: any) => [r.out_tx, r.in_tx, r.origin, r.amount, r.tainted])).toEqual([
      ["t4", "t1", "lot", 30, 0],
      ["t4", "t2", "lot", 30, 30],
    ]);
    expect(l.rows[1].in_source_row).toBe(2);
    // C's lot t4 is 60 of which 30 tainted; cashing out 30 takes half of it, so 15 tainted exit.
    expect(doc.totals).toMatchObject({ seeded: 50, retained: 35, exited: 15 });
    const csv = join(c.dir, "ledger.csv");
    await cli(["ledger", "--db", c.db, "--run", doc.run_id, "--csv", csv]);
    expect(readFileSync(csv, "utf8").split("\n")[0]).toContain("account,out_tx,out_time,in_tx");
  });

  it("haircut's ledger row carries the balance and taint before the outflow (70 x 50/150)", async () => {
    const c = await makeCase({ transfers: example1, accounts });
    const doc = json(await cli(["trace", "--db", c.db, "--seed-tx", "t2", "--method", "haircut", "--json"]));
    const l = json(await cli(["ledger", "--db", c.db, "--run", doc.run_id, "--account", "wallet:A", "--json"]));
    expect(l.rows[0]).toMatchObject({ out_tx: "t3", origin: "mix", amount: 70, tainted: 23.33, balance_before: 150, tainted_before: 50 });
  });

  it("runs lists stored runs; compare stores one run per method with equal seeds and options", async () => {
    const c = await makeCase({ transfers: example1, accounts });
    const cmp = json(await cli(["compare", "--db", c.db, "--seed-tx", "t2", "--json"]));
    expect(cmp.runs.map((r: any) => r.method)).toEqual(["poison", "haircut", "fifo", "lifo", "libr", "tainted-first"]);
    const b = cmp.accounts.find((a: any) => a.account === "wallet:B");
    expect(b).toMatchObject({ poison: 70, haircut: 23.33, fifo: 0, lifo: 50, libr: 0, "tainted-first": 50 });
    const runs = json(await cli(["runs", "--db", c.db, "--json"]));
    expect(runs.runs).toHaveLength(6);
    expect(new Set(runs.runs.map((r: any) => JSON.stringify([r.seeds, r.options]))).size).toBe(1);
  });

  it("trajectories of a fifo trace add up to its totals", async () => {
    const c = await makeCase({ transfers: example1, accounts });
    const doc = json(await cli(["trace", "--db", c.db, "--seed-tx", "t2", "--method", "fifo", "--json"]));
    // fifo: 20 of the seed stay in A; 30 go to C, of which half (15) is cashed out at the agent.
    const rows = doc.trajectories.map((t: any) => [t.tx_path.join(">"), t.end_kind, t.end_account, t.amount]);
    expect(rows).toEqual([
      ["t2", "retained", "wallet:A", 20],
      ["t2>t4", "retained", "wallet:C", 15],
      ["t2>t4>t5", "exited", "cash:agent", 15],
    ]);
    expect(doc.trajectories[2].duration_s).toBe(3 * 86400);
    const sum = rows.reduce((s: number, r: any) => s + r[3], 0);
    expect(sum).toBe(doc.totals.retained + doc.totals.exited);
  });

  it("ledger on an unknown run exits 1", async () => {
    const c = await makeCase({ transfers: example1 });
    const r = await cli(["ledger", "--db", c.db, "--run", "run-nope"]);
    expect(r.code).toBe(1);
  });
});
