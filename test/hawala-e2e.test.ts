// End to end, with no hand-made SQL: a generated hawala case, its bridges inferred, traced
// with and without inferred links; the links a trace follows are marked as inferred in the
// trace JSON, the human trace output, the ledger, paths, the report and an export.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const dir = tmpDir();
const gen = join(dir, "gen");
const db = join(dir, "case.duckdb");
const isInferred = (id: string) => id.startsWith("inferred:hawala/");
let bridges: Map<string, number>;
let on: any;
let off: any;

beforeAll(async () => {
  expect((await cli(["generate", "--scenario", "hawala-corridor", "--seed", "1", "--out", gen])).code).toBe(0);
  json(await cli(["ingest", ...["accounts.csv", "transfers.csv", "fx.csv"].map((f) => join(gen, f)), "--db", db, "--json"]));
  const h = json(await cli(["hawala", "--db", db, "--json"]));
  bridges = new Map(h.bridges.map((b: { tx_id: string; confidence: number }) => [b.tx_id, b.confidence]));
  const seeds = join(gen, "seeds.csv");
  on = json(await cli(["trace", "--db", db, "--seed-file", seeds, "--method", "fifo", "--inferred", "on", "--json"]));
  off = json(await cli(["trace", "--db", db, "--seed-file", seeds, "--method", "fifo", "--inferred", "off", "--json"]));
}, 60_000);

describe("hawala bridges from a generated case, end to end", () => {
  it("trace --inferred on follows bridges and marks each with its confidence in the JSON", () => {
    expect(bridges.size).toBeGreaterThan(0);
    const followed = on.transfers.filter((t: any) => isInferred(t.tx_id));
    expect(followed.length).toBeGreaterThan(0);
    for (const t of on.transfers) {
      if (isInferred(t.tx_id)) expect(t).toMatchObject({ inferred: true, inferred_confidence: bridges.get(t.tx_id) });
      else expect(t.inferred).toBeUndefined();
    }
    // Money goes on past the bridge: the payout leg after it is traced too.
    const outLegs = new Set(followed.map((t: any) => t.tx_id.split("/")[2]));
    expect(on.transfers.some((t: any) => outLegs.has(t.tx_id))).toBe(true);
    const confs = followed.map((t: any) => t.inferred_confidence);
    expect(on.inferred_links).toEqual({ followed: followed.length, min_confidence: Math.min(...confs), max_confidence: Math.max(...confs) });
    // Contract fields intact.
    expect(Object.keys(on.transfers[0])).toEqual(expect.arrayContaining(["tx_id", "tainted", "hop"]));
  });

  it("trace --inferred off follows none of them", () => {
    expect(off.transfers.some((t: any) => isInferred(t.tx_id) || t.inferred)).toBe(false);
    expect(off.inferred_links.followed).toBe(0);
    expect(off.totals.seeded).toBe(on.totals.seeded);
  });

  it("the human trace output says how many inferred links the run followed", async () => {
    const r = await cli(["trace", "--db", db, "--seed-file", join(gen, "seeds.csv"), "--method", "fifo", "--inferred", "on"]);
    expect(r.stdout).toContain(`followed ${on.inferred_links.followed} inferred links (hawala bridges, in no record`);
  });

  it("the ledger marks rows whose inflow or outflow is inferred", async () => {
    const l = json(await cli(["ledger", "--db", db, "--run", on.run_id, "--json"]));
    const marked = l.rows.filter((r: any) => r.in_inferred || r.out_inferred);
    expect(marked.length).toBeGreaterThan(0);
    for (const r of l.rows) {
      expect(r.out_inferred).toBe(isInferred(r.out_tx));
      expect(r.in_inferred).toBe(r.in_tx !== null && isInferred(r.in_tx));
    }
    const text = (await cli(["ledger", "--db", db, "--run", on.run_id])).stdout;
    expect(text).toContain(`${marked[0].in_inferred ? marked[0].in_tx : marked[0].out_tx} [inferred]`);
    expect(text).toContain(`${marked.length} rows rest on an inferred link`);
  });

  it("the report badges, dashes and counts them", async () => {
    const out = join(dir, "report.html");
    expect((await cli(["report", "--db", db, "--run", on.run_id, "--out", out, "--generated-at", "2026-01-01T00:00:00Z"])).code).toBe(0);
    const h = readFileSync(out, "utf8");
    const first = on.transfers.find((t: any) => t.inferred);
    const table = h.slice(h.indexOf('id="transfers-table"'));
    expect(table).toContain(`${first.tx_id} <span class="inferred" title="inferred link (hawala bridge), in no record; confidence ${first.inferred_confidence.toFixed(2)}: `);
    expect(h).toMatch(/<path class="link inferred"/);
    expect(h).toMatch(/<g class="edge inferred"/);
    expect(h).toContain(`<td>Inferred links followed</td><td>${on.inferred_links.followed} hawala bridges (in no record), confidence ${on.inferred_links.min_confidence.toFixed(2)} to ${on.inferred_links.max_confidence.toFixed(2)}`);
    const offOut = join(dir, "report-off.html");
    await cli(["report", "--db", db, "--run", off.run_id, "--out", offOut, "--generated-at", "2026-01-01T00:00:00Z"]);
    const o = readFileSync(offOut, "utf8");
    expect(o).not.toMatch(/class="(link|edge) inferred"|<span class="inferred" title=/);
    expect(o).toContain("none: inferred links were excluded (--inferred off)");
  });

  it("paths marks an inferred link in its path and uses none with --inferred off", async () => {
    const b = on.transfers.find((t: any) => t.inferred);
    const args = ["paths", "--db", db, "--from", b.from_account, "--to", b.to_account, "--max-hops", "1", "--json"];
    const withBridges = json(await cli([...args, "--inferred", "on"]));
    expect(withBridges.paths.flatMap((p: any) => p.transfers).find((t: any) => t.tx_id === b.tx_id)).toMatchObject({ inferred: true });
    const without = json(await cli([...args, "--inferred", "off"]));
    expect(without.paths.flatMap((p: any) => p.transfers).some((t: any) => t.inferred || isInferred(t.tx_id))).toBe(false);
  });

  it("a CSV export of the run marks each followed bridge with inferred and its confidence", async () => {
    const out = join(dir, "run.csv");
    expect((await cli(["export", "--db", db, "--run", on.run_id, "--format", "csv", "--out", out])).code).toBe(0);
    const [head, ...lines] = readFileSync(out, "utf8").trim().split("\n");
    const cols = head!.split(",");
    const inf = cols.indexOf("inferred"), conf = cols.indexOf("inferred_confidence");
    const marked = lines.filter((l) => isInferred(l)).map((l) => l.split(","));
    expect(marked).toHaveLength(on.inferred_links.followed);
    for (const m of marked) {
      expect(m[inf]).toBe("true");
      expect(Number(m[conf])).toBe(bridges.get(m[0]!));
    }
    expect(lines.filter((l) => !isInferred(l)).every((l) => l.split(",")[inf] === "false")).toBe(true);
  });
});
