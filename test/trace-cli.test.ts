// `flowtrace trace` end to end through the case database: the worked examples from canonical
// CSV, every method, stored runs, byte-identical JSON on repeated runs, and input errors.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { METHODS } from "../src/trace/types.js";
import { cli, json } from "./util/cli.js";
import { makeCase } from "./util/case.js";

// docs/spec/tracing-semantics.md, second worked example, as canonical CSV.
const example2 = `tx_id,timestamp,from_account,to_account,amount,currency
t1,2024-03-01T08:00:00Z,wallet:src,wallet:A,5.00,USD
t2,2024-03-02T08:00:00Z,wallet:victim,wallet:A,10.00,USD
t3,2024-03-03T08:00:00Z,wallet:A,wallet:X,8.00,USD
t4,2024-03-04T08:00:00Z,wallet:src,wallet:A,4.00,USD
t5,2024-03-05T08:00:00Z,wallet:A,wallet:Y,6.00,USD
`;
const table2: Record<string, [number, number, number | null]> = {
  poison: [8, 6, null], haircut: [5.33, 2.55, 2.12], fifo: [3, 6, 1],
  lifo: [8, 2, 0], libr: [3, 2, 5], "tainted-first": [8, 2, 0],
};

describe("flowtrace trace", () => {
  it("reproduces the second worked example for every method through the database", async () => {
    const c = await makeCase({ transfers: example2 });
    for (const method of METHODS) {
      const doc = json(await cli(["trace", "--db", c.db, "--seed-tx", "t2", "--method", method, "--json"]));
      const tx = (id: string) => doc.transfers.find((t: any) => t.tx_id === id)?.tainted ?? 0;
      const [toX, toY, kept] = table2[method]!;
      expect([method, tx("t3"), tx("t5")]).toEqual([method, toX, toY]);
      if (kept !== null) expect(doc.accounts.find((a: any) => a.account === "wallet:A").retained).toBe(kept);
      if (method !== "poison") {
        const t = doc.totals;
        // conservation on the printed values, to the cent
        expect(Math.round((t.retained + t.exited + t.beyond_horizon + t.below_threshold + t.fees) * 100)).toBe(Math.round(t.seeded * 100));
      }
    }
  });

  it("prints byte-identical JSON on repeated runs and keeps one stored run per run id", async () => {
    const c = await makeCase({ transfers: example2 });
    const a = await cli(["trace", "--db", c.db, "--seed-tx", "t2", "--method", "haircut", "--json"]);
    const b = await cli(["trace", "--db", c.db, "--seed-tx", "t2", "--method", "haircut", "--json"], new Date("2027-05-05T00:00:00Z"));
    expect(a.stdout).toBe(b.stdout);
    const runs = json(await cli(["sql", "SELECT count(*)::INTEGER AS n FROM trace_runs", "--db", c.db, "--json"]));
    expect(runs.rows[0].n).toBe(1);
    const doc = JSON.parse(a.stdout);
    expect(doc.run_id).toMatch(/^run-[0-9a-f]{16}$/);
    expect(doc.transfers.find((t: any) => t.tx_id === "t3").source.row).toBe(3);
  });

  it("--seed-file reads the tx_id column of any CSV (quotes, BOM, CRLF, header case) and names bad rows", async () => {
    const c = await makeCase({ transfers: example2 });
    const dir = dirname(c.db);
    const good = join(dir, "seeds.csv");
    writeFileSync(good, '\uFEFFnote,TX_ID\r\n"paid, said the sister",t2\r\n"again",t2\r\n');
    const doc = json(await cli(["trace", "--db", c.db, "--seed-file", good, "--json"]));
    expect(doc.seeds.tx_ids).toEqual(["t2"]);
    const noColumn = join(dir, "nocol.csv");
    writeFileSync(noColumn, "id\nt2\n");
    const a = await cli(["trace", "--db", c.db, "--seed-file", noColumn]);
    expect([a.code, a.stderr.trim()]).toEqual([1, `flowtrace: seed file has no tx_id column (file ${noColumn}, row 0)`]);
    const empty = join(dir, "empty.csv");
    writeFileSync(empty, "tx_id,x\nt2,1\n,2\n");
    const b = await cli(["trace", "--db", c.db, "--seed-file", empty]);
    expect([b.code, b.stderr.trim()]).toEqual([1, `flowtrace: empty tx_id (file ${empty}, row 2, column tx_id)`]);
  });

  it("follows a seed account's outflows inside --since/--until", async () => {
    const c = await makeCase({ transfers: example2 });
    const doc = json(await cli(["trace", "--db", c.db, "--seed-account", "wallet:victim", "--method", "fifo", "--json"]));
    expect(doc.seeds.tx_ids).toEqual(["t2"]);
    expect(doc.totals.seeded).toBe(10);
  });

  it("traces backward from a target: fifo origins add up to what reached it", async () => {
    const c = await makeCase({ transfers: example2 });
    const doc = json(await cli(["trace", "--db", c.db, "--direction", "backward", "--seed-account", "wallet:Y", "--method", "fifo", "--json"]));
    // Y got 6 (t5); fifo: A's 6 came from t2 (the victim's lot: 2 left after t3 took 5+3)... then 4 from t4.
    // lots at t5: t2 has 7 left (5 of t1 and 3 of t2 went to X), t4 has 4: fifo takes 6 of t2.
    expect(doc.totals.seeded).toBe(6);
    const byAccount = Object.fromEntries(doc.origins.map((o: any) => [o.account, o.contributed]));
    expect(byAccount).toEqual({ "wallet:victim": 6 });
  });

  it("rejects an unknown seed with exit 1 naming the value", async () => {
    const c = await makeCase({ transfers: example2 });
    const r = await cli(["trace", "--db", c.db, "--seed-tx", "nope"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"nope"');
  });

  it("stores the run's provenance (sources' SHA-256, tool version, times) and hop mixes per transfer", async () => {
    const c = await makeCase({ transfers: `tx_id,timestamp,from_account,to_account,amount,currency
s1,2024-03-01T08:00:00Z,wallet:victim,wallet:A,10.00,USD
s2,2024-03-02T08:00:00Z,wallet:A,wallet:B,10.00,USD
s3,2024-03-03T08:00:00Z,wallet:victim2,wallet:B,10.00,USD
s4,2024-03-04T08:00:00Z,wallet:B,wallet:C,20.00,USD
` });
    const doc = json(await cli(["trace", "--db", c.db, "--seed-tx", "s1,s3", "--method", "haircut", "--json"], new Date("2026-02-03T04:05:06Z")));
    // B holds 10 of hop-1 taint (via A) and 10 of hop-0 taint (its own seed): s4 carries both, at hops 2 and 1.
    expect(doc.transfers.find((t: any) => t.tx_id === "s4")).toMatchObject({ tainted: 20, hop: 1, hops: { "1": 10, "2": 10 } });
    const run = json(await cli(["sql", `SELECT sources, tool_version, started_at::VARCHAR AS started FROM trace_runs WHERE run_id = '${doc.run_id}'`, "--db", c.db, "--json"])).rows[0];
    expect(JSON.parse(run.sources)[0].sha256).toBe(c.ingest.sources[0]!.sha256);
    expect(run.tool_version).toBe("0.1.0");
    expect(run.started).toBe("2026-02-03 04:05:06");
  });
});
