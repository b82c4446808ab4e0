// Trace options end to end on small hand-computed cases: row-order independence, windows,
// thresholds, hop limits, opening balances, stated balances, terminal kinds, backward rules.
import { describe, expect, it } from "vitest";
import { cli, json } from "./util/cli.js";
import { makeCase } from "./util/case.js";

const rows = [
  "t1,2024-03-01T08:00:00Z,wallet:src,wallet:A,100.00,USD",
  "t2,2024-03-02T08:00:00Z,wallet:victim,wallet:A,50.00,USD",
  "t3,2024-03-03T08:00:00Z,wallet:A,wallet:B,70.00,USD",
  "t4,2024-03-04T08:00:00Z,wallet:A,wallet:C,60.00,USD",
  "t5,2024-03-05T08:00:00Z,wallet:B,wallet:D,70.00,USD",
];
const header = "tx_id,timestamp,from_account,to_account,amount,currency\n";
const trace = async (db: string, ...args: string[]) => json(await cli(["trace", "--db", db, "--json", ...args]));
const strip = (d: any) => ({ totals: d.totals, accounts: d.accounts, transfers: d.transfers.map((t: any) => ({ ...t, source: undefined })) });

describe("trace options", () => {
  it("gives the same amounts whatever the row order of the file (distinct timestamps)", async () => {
    const a = await makeCase({ transfers: header + rows.join("\n") + "\n" });
    const b = await makeCase({ transfers: header + [...rows].reverse().join("\n") + "\n" });
    for (const method of ["haircut", "fifo", "libr"]) {
      expect(strip(await trace(b.db, "--seed-tx", "t2", "--method", method))).toEqual(strip(await trace(a.db, "--seed-tx", "t2", "--method", method)));
    }
  });

  it("--max-hops 1 counts t5's taint (hop 2) as beyond the horizon; --until stops before t5", async () => {
    const c = await makeCase({ transfers: header + rows.join("\n") + "\n" });
    // lifo: t3 carries all 50 (hop 1) to B; t5 sends B's 70, all 50 tainted at hop 2.
    const h = await trace(c.db, "--seed-tx", "t2", "--method", "lifo", "--max-hops", "1");
    expect(h.totals).toMatchObject({ seeded: 50, beyond_horizon: 50, retained: 0 });
    const u = await trace(c.db, "--seed-tx", "t2", "--method", "lifo", "--until", "2024-03-04");
    expect(u.totals).toMatchObject({ seeded: 50, retained: 50, beyond_horizon: 0 });
    expect(u.transfers.map((t: any) => t.tx_id)).toEqual(["t2", "t3"]);
  });

  it("--min-amount 25: haircut's 20.00 to C and 23.33 to D are delivered clean (below threshold)", async () => {
    const c = await makeCase({ transfers: header + rows.join("\n") + "\n" });
    const d = await trace(c.db, "--seed-tx", "t2", "--method", "haircut", "--min-amount", "25");
    expect(d.totals.below_threshold).toBe(43.33);
    expect(d.accounts.find((a: any) => a.account === "wallet:C")).toBeUndefined();
  });

  it("--opening-balance inferred gives an account that overspends an opening balance before its first record", async () => {
    // A receives 50 tainted, sends 80: 30 is unexplained (zero) or an inferred opening of 30 (inferred).
    const c = await makeCase({ transfers: header + [
      "s1,2024-03-01T08:00:00Z,wallet:victim,wallet:A,50.00,USD",
      "s2,2024-03-02T08:00:00Z,wallet:A,wallet:B,80.00,USD",
      "s3,2024-03-03T08:00:00Z,wallet:src,wallet:A,10.00,USD",
      "s4,2024-03-04T08:00:00Z,wallet:A,wallet:C,10.00,USD",
    ].join("\n") + "\n" });
    const zero = await trace(c.db, "--seed-tx", "s1", "--method", "haircut");
    expect(zero.totals.unexplained_out).toBe(30);
    expect(zero.transfers.find((t: any) => t.tx_id === "s2").tainted).toBe(50);
    const inferred = await trace(c.db, "--seed-tx", "s1", "--method", "haircut", "--opening-balance", "inferred");
    expect(inferred.totals.unexplained_out).toBe(0);
    // opening 30 clean + 50 tainted; 80 leaves: everything, 50 tainted.
    expect(inferred.transfers.find((t: any) => t.tx_id === "s2").tainted).toBe(50);
    expect(inferred.run_id).not.toBe(zero.run_id);
  });

  it("a stated balance_after_from that disagrees is reported as a hidden withdrawal (fifo)", async () => {
    const c = await makeCase({ transfers: "tx_id,timestamp,from_account,to_account,amount,currency,balance_after_from\n" + [
      "k1,2024-03-01T08:00:00Z,wallet:victim,wallet:A,50.00,USD,",
      "k2,2024-03-02T08:00:00Z,wallet:A,wallet:B,10.00,USD,0.00",
    ].join("\n") + "\n" });
    const d = await trace(c.db, "--seed-tx", "k1", "--method", "fifo");
    // A held 50, the statement says 0 after sending 10: 40 left unseen before k2.
    // In the reporting currency already (rate 1), and A's first stated balance: compared as it is.
    expect(d.notes).toEqual([{
      kind: "hidden_withdrawal", account: "wallet:A", tx_id: "k2", amount: 40, tainted: 40,
      currency: "USD", native_amount: 40, rate: 1, converted_amount: 40, stated_balance: 0, basis: "reporting",
    }]);
    expect(d.totals).toMatchObject({ seeded: 50, exited: 40, retained: 10 });
  });

  it("a cash account is terminal: taint exits there and goes no further", async () => {
    const c = await makeCase({
      transfers: header + [...rows.slice(0, 3), "t9,2024-03-04T09:00:00Z,wallet:B,cash:nairobi,70.00,USD", "t10,2024-03-05T09:00:00Z,cash:nairobi,wallet:E,70.00,USD"].join("\n") + "\n",
      accounts: "account_id,kind\ncash:nairobi,cash\n",
    });
    const d = await trace(c.db, "--seed-tx", "t2", "--method", "tainted-first");
    expect(d.totals.exited_by_account).toEqual({ "cash:nairobi": 50 });
    expect(d.accounts.find((a: any) => a.account === "wallet:E")).toBeUndefined();
  });

  it("backward haircut splits what reached D over its origins (victim 50 x 70/150 via B)", async () => {
    const c = await makeCase({ transfers: header + rows.join("\n") + "\n" });
    const d = await trace(c.db, "--direction", "backward", "--seed-account", "wallet:D", "--method", "haircut");
    const by = Object.fromEntries(d.origins.map((o: any) => [o.account, o.contributed]));
    // D got 70 from B (t5), all of B's t3; t3 was 70/150 of A's mix: 100 from src, 50 from victim.
    expect(by).toEqual({ "wallet:src": 46.67, "wallet:victim": 23.33 });
    expect(d.totals.seeded).toBe(70);
  });

  it("rejects libr backward and a bad --since with exit 1", async () => {
    const c = await makeCase({ transfers: header + rows.join("\n") + "\n" });
    expect((await cli(["trace", "--db", c.db, "--direction", "backward", "--seed-account", "wallet:D", "--method", "libr"])).code).toBe(1);
    expect((await cli(["trace", "--db", c.db, "--seed-account", "wallet:victim", "--since", "yesterday"])).code).toBe(1);
  });

  it("--engine stream (one pass over every transfer), hybrid and auto give the same document", async () => {
    const c = await makeCase({ transfers: header + rows.join("\n") + "\n" });
    for (const method of ["poison", "fifo", "haircut"]) {
      const auto = await cli(["trace", "--db", c.db, "--json", "--seed-tx", "t2", "--method", method]);
      const hybrid = await cli(["trace", "--db", c.db, "--json", "--seed-tx", "t2", "--method", method, "--engine", "hybrid"]);
      const stream = await cli(["trace", "--db", c.db, "--json", "--seed-tx", "t2", "--method", method, "--engine", "stream"]);
      expect(hybrid.stdout).toContain("run_id");
      expect(stream.stdout).toBe(hybrid.stdout);
      expect(auto.stdout).toBe(hybrid.stdout);
    }
  });
});
