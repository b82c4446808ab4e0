// `flowtrace paths`: hand-made cases, and an independent oracle on LDBC FinBench SF0.01 following
// its transfer-trace semantics (TCR5: at most N steps, strictly ascending timestamps, no account
// twice), here returned as transfer sequences. Skipped when ../shared/extdata is absent.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, json } from "./util/cli.js";
import { makeCase } from "./util/case.js";
import { tmpDir } from "./util/tmp.js";

const extdata = resolve(__dirname, "../../shared/extdata");
const finbench = join(extdata, "ldbc_finbench_sf0.01/snapshot/AccountTransferAccount.csv");

describe("flowtrace paths", () => {
  it("returns transfer sequences with ascending times and no repeated account, largest bottleneck first", async () => {
    const c = await makeCase({ transfers: `tx_id,timestamp,from_account,to_account,amount,currency
a1,2024-01-01T00:00:00Z,A,M,100,USD
a2,2024-01-01T01:00:00Z,A,M,40,USD
m1,2024-01-01T02:00:00Z,M,B,60,USD
x1,2023-12-31T00:00:00Z,M,B,500,USD
c1,2024-01-01T03:00:00Z,M,A,10,USD
c2,2024-01-01T04:00:00Z,A,B,5,USD
` });
    const doc = json(await cli(["paths", "--db", c.db, "--from", "A", "--to", "B", "--max-hops", "3", "--json"]));
    // a1>m1 (bottleneck 60), a2>m1 (40), c2 (5); x1 is earlier than any inflow of M; M>A>B would repeat A.
    expect(doc.paths.map((p: any) => [p.transfers.map((t: any) => t.tx_id).join(">"), p.amount])).toEqual([
      ["a1>m1", 60], ["a2>m1", 40], ["c2", 5],
    ]);
    expect(doc.total_paths).toBe(3);
    const w = json(await cli(["paths", "--db", c.db, "--from", "A", "--to", "B", "--window", "30m", "--json"]));
    expect(w.paths.map((p: any) => p.hops)).toEqual([1]);
  });
});

interface Edge { id: string; a: string; b: string; ts: string; v: number }

function oraclePaths(edges: Edge[], from: string, to: string, maxHops: number): Map<string, number> {
  const out = new Map<string, Edge[]>();
  for (const e of edges) if (e.a !== e.b) (out.get(e.a) ?? out.set(e.a, []).get(e.a)!).push(e);
  const found = new Map<string, number>();
  const walk = (acct: string, after: string, seen: Set<string>, path: Edge[]) => {
    if (path.length && acct === to) { found.set(path.map((e) => e.id).join(">"), Math.min(...path.map((e) => e.v))); return; }
    if (path.length === maxHops) return;
    for (const e of out.get(acct) ?? []) {
      if (e.ts <= after || seen.has(e.b)) continue;
      seen.add(e.b); path.push(e);
      walk(e.b, e.ts, seen, path);
      path.pop(); seen.delete(e.b);
    }
  };
  walk(from, "", new Set([from]), []);
  return found;
}

describe.skipIf(!existsSync(finbench))("flowtrace paths against a FinBench transfer-trace oracle", () => {
  it("finds exactly the oracle's paths (and bottlenecks) for sampled account pairs, 3 hops", async () => {
    const db = join(tmpDir(), "finbench.duckdb");
    expect((await cli(["ingest", finbench, "--format", "finbench", "--db", db])).code).toBe(0);
    const lines = readFileSync(finbench, "utf8").split(/\r?\n/).slice(1).filter(Boolean);
    const edges: Edge[] = lines.map((l, i) => {
      const [a, b, amount, ts] = l.split("|");
      return { id: `finbench:transfer:${i + 1}`, a: `finbench:${a!.trim()}`, b: `finbench:${b!.trim()}`, ts: ts!.trim().padEnd(23, "0"), v: Number(amount) };
    });
    // Pairs: for the first sources in file order, every endpoint the oracle reaches in 2-3 hops (deterministic sample).
    const sources = [...new Set(edges.map((e) => e.a))].slice(0, 40);
    let checked = 0;
    for (const from of sources) {
      const candidates = new Set<string>();
      for (const e1 of edges) if (e1.a === from) for (const e2 of edges) if (e2.a === e1.b && e2.ts > e1.ts && e2.b !== from) candidates.add(e2.b);
      for (const to of [...candidates].sort().slice(0, 2)) {
        const expected = oraclePaths(edges, from, to, 3);
        const doc = json(await cli(["paths", "--db", db, "--from", from, "--to", to, "--max-hops", "3", "--limit", "100000", "--json"]));
        const got = new Map<string, number>(doc.paths.map((p: any) => [p.transfers.map((t: any) => t.tx_id).join(">"), p.amount]));
        expect(doc.total_paths).toBe(expected.size);
        expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [k, v] of expected) expect(got.get(k)).toBeCloseTo(v, 2);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
