// flowtrace detect on a small hand-built case (test/fixtures/detect): every detector fires on
// the part of the case built to trigger it and stays silent on the look-alike built next to it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, json } from "./util/cli.js";
import { makeCase } from "./util/case.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/detect/${name}`, import.meta.url), "utf8");

interface Doc {
  detect_id: string;
  accounts: { account: string; score: number; roles: string[]; findings: string[]; explanation: string }[];
  findings: { id: string; pattern: string; accounts: string[]; score: number; explanation: string; evidence: string[] }[];
}

let db: string;
let doc: Doc;
let stdout: string;

const findings = (pattern: string) => doc.findings.filter((f) => f.pattern === pattern);
const flagged = (pattern: string) => new Set(findings(pattern).flatMap((f) => f.accounts));
const account = (id: string) => doc.accounts.find((a) => a.account === id);

beforeAll(async () => {
  const c = await makeCase({ transfers: fixture("transfers.csv"), accounts: fixture("accounts.csv") });
  expect(c.ingest.sources.every((s) => s.rows_quarantined === 0)).toBe(true);
  db = c.db;
  const r = await cli(["detect", "--db", db, "--json"]);
  stdout = r.stdout;
  doc = json<Doc>(r);
});

describe("flowtrace detect --json", () => {
  it("prints accounts sorted by score (ties by account id) and findings with evidence", () => {
    expect(doc.accounts.length).toBeGreaterThan(5);
    for (let i = 1; i < doc.accounts.length; i++) {
      const [a, b] = [doc.accounts[i - 1]!, doc.accounts[i]!];
      expect(a.score > b.score || (a.score === b.score && a.account < b.account)).toBe(true);
    }
    for (const f of doc.findings) {
      expect(f.id.startsWith(`${f.pattern}-`)).toBe(true);
      expect(f.evidence.length).toBeGreaterThan(0);
      expect(f.explanation.length).toBeGreaterThan(20);
    }
  });

  it("is byte-identical on a second run, with the same finding ids", async () => {
    const again = await cli(["detect", "--db", db, "--json"]);
    expect(again.stdout).toBe(stdout);
  });

  it("ransom collection: diaspora one-time senders, forwarded fast; not the school, church, merchant or agent", () => {
    const hit = flagged("ransom_collection");
    expect([...hit].sort()).toEqual(["wallet:+249911000003", "wallet:+254711000001", "wallet:+254711000002"]);
    const c1 = findings("ransom_collection").find((f) => f.accounts[0] === "wallet:+254711000001")!;
    expect(c1.explanation).toContain("7 different senders");
    expect(c1.explanation).toContain("diaspora");
    expect(c1.evidence).toContain("T0001");
  });

  it("roles: collectors, a broker, a leader candidate, a cash-out point, agents and benign hubs", () => {
    expect(account("wallet:+254711000001")!.roles).toContain("collector");
    expect(account("wallet:+254722000001")!.roles).toContain("broker");
    expect(account("bank:ENBD/AE0001")!.roles).toContain("leader candidate");
    expect(account("agent:A1")!.roles).toContain("cash-out point");
    expect(account("wallet:+254733000009")!.roles).toEqual(["mobile-money agent"]);
    expect(account("wallet:+251911000077")!.roles).toEqual(["benign hub"]);
    expect(account("wallet:+291711000088")!.roles).toEqual(["benign hub"]);
    expect(account("merchant:551100")!.roles).toEqual(["benign hub"]);
  });

  it("look-alike hubs score low and the output says why", () => {
    const network = ["wallet:+254711000001", "wallet:+254711000002", "wallet:+249911000003", "wallet:+254722000001", "bank:ENBD/AE0001"];
    const hubs = ["wallet:+254733000009", "wallet:+251911000077", "wallet:+291711000088", "merchant:551100"];
    const rank = (id: string) => doc.accounts.findIndex((a) => a.account === id);
    expect(Math.max(...network.map(rank))).toBeLessThan(Math.min(...hubs.map(rank)));
    const agent = account("wallet:+254733000009")!;
    expect(agent.score).toBeLessThan(0.2);
    expect(agent.explanation).toContain("mobile-money agent");
    expect(agent.explanation).toContain("balanced");
    const school = account("wallet:+251911000077")!;
    expect(school.score).toBeLessThan(0.2);
    expect(school.explanation).toMatch(/school or church.*not forwarded/);
    // a parish forwarding its offerings weekly to its own account: still a collection, and its
    // operating account is no broker or leader
    const parish = account("wallet:+251911000099")!;
    expect(parish.roles).toEqual(["benign hub"]);
    expect(parish.score).toBeLessThan(0.2);
    expect(parish.explanation).toContain("offerings or fees");
    expect(account("wallet:+251911000098")?.roles ?? []).toEqual([]);
  });

  it("pass-through: collectors and the broker; not the agent nor a mother cashing out remittances", () => {
    const hit = flagged("pass_through");
    expect(hit.has("wallet:+254722000001")).toBe(true);
    expect(hit.has("wallet:+254733000009")).toBe(false);
    expect(hit.has("wallet:+251922000055")).toBe(false);
  });

  it("consolidation: two collectors into one broker, the broker into the leader; not into the cash-out agent", () => {
    const targets = new Set(findings("consolidation").map((f) => f.accounts[0]));
    expect(targets.has("wallet:+254722000001")).toBe(true);
    expect(targets.has("bank:ENBD/AE0001")).toBe(true);
    expect(targets.has("agent:A1")).toBe(false);
  });

  it("repeat extortion: relatives paying a second group five weeks later; not a monthly remittance", () => {
    const f = findings("repeat_extortion");
    expect(f.map((x) => x.accounts)).toEqual([["wallet:+254711000001", "wallet:+249911000003"]]);
    expect(f[0]!.explanation).toContain("3 payers");
    expect(flagged("repeat_extortion").has("wallet:+251922000055")).toBe(false);
  });

  it("structuring: four transfers just under 10,000 in five days; not four of 5,000", () => {
    expect(findings("structuring").map((f) => f.accounts[0])).toEqual(["bank:X/1"]);
  });

  it("cycle: P -> Q -> R -> P within days; not a slow round trip of different amounts", () => {
    expect(findings("cycle").map((f) => f.accounts)).toEqual([["bank:P", "bank:Q", "bank:R"]]);
    expect(flagged("cycle").has("bank:P2")).toBe(false);
  });

  it("typologies: fan-out, scatter-gather, gather-scatter, bipartite, stack; not their slow look-alikes", () => {
    expect(flagged("fan_out").has("bank:F")).toBe(true);
    expect(flagged("fan_out").has("bank:SAL")).toBe(false);
    expect(flagged("fan_in").has("bank:G")).toBe(true);
    expect(flagged("fan_in").has("bank:FUND")).toBe(false);
    // (the stack's layers are scatter-gathers too: K0 -> J0..J2 -> W0)
    expect(findings("scatter_gather").map((f) => f.accounts.slice(0, 2))).toContainEqual(["bank:S", "bank:TT"]);
    expect(flagged("scatter_gather").has("bank:S2")).toBe(false);
    expect(flagged("gather_scatter").has("bank:G")).toBe(true);
    expect(flagged("gather_scatter").has("bank:FUND")).toBe(false);
    // a single layer (U -> V) is bipartite, not a stack
    expect(flagged("stack").has("bank:U0")).toBe(false);
    expect(findings("bipartite").some((f) => f.accounts.join() === "bank:U0,bank:U1,bank:U2,bank:V0,bank:V1,bank:V2")).toBe(true);
    expect(findings("stack").map((f) => f.accounts)).toEqual([["J0", "J1", "J2", "K0", "K1", "K2", "W0", "W1", "W2"].map((a) => `bank:${a}`)]);
    // relatives who paid two collectors are repeat-extortion victims, not a bipartite block
    expect(flagged("bipartite").has("wallet:+46701000000")).toBe(false);
  });

  it("stores the run in the case: findings with seeds, accounts with explanations", async () => {
    const q = await cli(["sql", "SELECT count(*) AS n FROM detect_findings WHERE detect_id = '" + doc.detect_id + "'", "--db", db, "--json"]);
    expect(Number(json(q).rows[0].n)).toBe(doc.findings.length);
    const { openCase } = await import("../src/db/connect.js");
    const { findingSeeds } = await import("../src/detect/findingSeeds.js");
    const c = await openCase(db, { readOnly: true });
    try {
      const rc = findings("ransom_collection").find((f) => f.accounts[0] === "wallet:+254711000001")!;
      const seeds = await findingSeeds(c, rc.id);
      expect(seeds).toHaveLength(7);
      expect(seeds).toContain("T0001");
      await expect(findingSeeds(c, "cycle-0000000000")).rejects.toThrow(/no stored finding/);
    } finally {
      c.close();
    }
  });
});

describe("flowtrace trace --seed-finding", () => {
  it("starts a trace from a stored finding's seeds: the relatives' payments of a ransom collection", async () => {
    const rc = findings("ransom_collection").find((f) => f.accounts[0] === "wallet:+254711000001")!;
    const trace = json(await cli(["trace", "--db", db, "--seed-finding", rc.id, "--json"]));
    // the seven relatives' payments (15,500 USD), not the collector's onward transfers
    expect(trace.seeds.tx_ids).toHaveLength(7);
    for (const t of trace.seeds.tx_ids as string[]) expect(rc.evidence).toContain(t);
    expect(trace.totals.seeded).toBe(15500);
    expect((trace.accounts as { account: string }[]).map((a) => a.account)).toContain("wallet:+254722000001");
  });

  it("an unknown finding id exits 1 naming it", async () => {
    const r = await cli(["trace", "--db", db, "--seed-finding", "ransom_collection-0000000000"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("ransom_collection-0000000000");
  });
});

describe("flowtrace detect options", () => {
  it("--config overrides thresholds: a higher ransom floor drops the small-tranche collector", async () => {
    const dir = join(db, "..");
    writeFileSync(join(dir, "strict.json"), JSON.stringify({ ransom: { min_amount: 2600 } }));
    const strict = json<Doc>(await cli(["detect", "--db", db, "--json", "--config", join(dir, "strict.json")]));
    const hit = new Set(strict.findings.filter((f) => f.pattern === "ransom_collection").map((f) => f.accounts[0]));
    expect(hit.has("wallet:+254711000002")).toBe(false);
    expect(strict.detect_id).not.toBe(doc.detect_id);
  });

  it("a config with an unknown key or a wrong value exits 1 naming the key", async () => {
    const dir = join(db, "..");
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ ransom: { min_amount: -5 } }));
    const r = await cli(["detect", "--db", db, "--config", join(dir, "bad.json")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("ransom.min_amount");
    writeFileSync(join(dir, "typo.json"), JSON.stringify({ ransom: { min_amout: 5 } }));
    const t = await cli(["detect", "--db", db, "--config", join(dir, "typo.json")]);
    expect(t.code).toBe(1);
    expect(t.stderr).toContain("min_amout");
  });

  it("--run restricts the results to the accounts of a trace run", async () => {
    const trace = json(await cli(["trace", "--db", db, "--seed-tx", "T0001", "--json"]));
    const traced = new Set<string>((trace.accounts as { account: string }[]).map((a) => a.account));
    expect(traced.has("wallet:+254711000001")).toBe(true);
    const scoped = json<Doc>(await cli(["detect", "--db", db, "--run", trace.run_id, "--json"]));
    expect(scoped.accounts.length).toBeGreaterThan(0);
    for (const a of scoped.accounts) expect(traced.has(a.account), a.account).toBe(true);
    expect(scoped.accounts.some((a) => a.account === "wallet:+254733000009")).toBe(false);
    expect(scoped.accounts.find((a) => a.account === "wallet:+254711000001")!.roles).toContain("collector");
  });

  it("a missing case database exits 1 naming the file, and is not created", async () => {
    const missing = join(db, "..", "nothing-here.duckdb");
    const r = await cli(["detect", "--db", missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nothing-here.duckdb");
    const { existsSync } = await import("node:fs");
    expect(existsSync(missing)).toBe(false);
  });

  it("--run with an unknown trace run exits 1", async () => {
    const r = await cli(["detect", "--db", db, "--run", "no-such-run"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no-such-run");
  });

  it("without --json prints a table and the strongest findings for a person", async () => {
    const r = await cli(["detect", "--db", db, "--top", "3"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("wallet:+254711000001");
    expect(r.stdout).toContain("ransom_collection-");
  });
});

describe("detection configuration", () => {
  it("every configuration key and its default is documented in docs/detection.md", async () => {
    const { defaultConfig } = await import("../src/detect/config.js");
    const doc = readFileSync(new URL("../docs/detection.md", import.meta.url), "utf8");
    const walk = (o: Record<string, unknown>, pre: string): [string, unknown][] =>
      Object.entries(o).flatMap(([k, v]) => {
        const key = pre ? `${pre}.${k}` : k;
        return v && typeof v === "object" && !Array.isArray(v) && key !== "structuring.thresholds" ? walk(v as Record<string, unknown>, key) : [[key, v]];
      });
    for (const [key, value] of walk(defaultConfig() as unknown as Record<string, unknown>, "")) {
      expect(doc, key).toMatch(new RegExp("\\| `" + key.replace(/\./g, "\\.") + "`[^|]*\\| `" + JSON.stringify(value).replace(/[[\]{}.+]/g, (c) => "\\" + c) + "`"));
    }
  });
});
