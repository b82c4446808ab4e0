import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { isValidPhoneNumber } from "libphonenumber-js/max";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCase, generateCaseFiles } from "../src/generate/generateCase.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

function files(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f), `${prefix}${f}/`) : [`${prefix}${f}`])).sort();
}

function csv(path: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(path, "utf8").trimEnd().split("\n");
  const cols = head!.split(",");
  // The canonical files quote only references with commas; none of the columns read here has one.
  return rows.map((r) => Object.fromEntries(r.split(",").map((v, i) => [cols[i], v])));
}

describe("flowtrace generate", () => {
  let a: string;
  let b: string;
  let c: string;
  beforeAll(async () => {
    a = tmpDir();
    b = tmpDir();
    c = tmpDir();
    // hawala-corridor writes every kind of file, spreadsheets included.
    await generateCaseFiles({ scenario: "hawala-corridor", seed: 7, out: a });
    await generateCaseFiles({ scenario: "hawala-corridor", seed: 7, out: b });
    generateCase({ scenario: "hawala-corridor", seed: 8, out: c });
  });

  it("the same scenario and seed give byte-identical files", () => {
    expect(files(a)).toEqual(files(b));
    for (const f of files(a)) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it("hawala ledgers are also written as spreadsheets, byte-identical for the same seed", () => {
    const xlsx = files(a).filter((f) => f.endsWith(".xlsx"));
    expect(xlsx.length).toBeGreaterThan(0);
    for (const f of xlsx) expect(readFileSync(join(a, f)).subarray(0, 2).toString()).toBe("PK");
  });

  it("another seed gives another case", () => {
    expect(readFileSync(join(a, "transfers.csv"), "utf8")).not.toEqual(readFileSync(join(c, "transfers.csv"), "utf8"));
    expect(readFileSync(join(a, "answer_key.json"), "utf8")).not.toEqual(readFileSync(join(c, "answer_key.json"), "utf8"));
  });

  it("writes the canonical headers of docs/spec/cli-contract.md", () => {
    const head = (f: string) => readFileSync(join(a, f), "utf8").split("\n")[0];
    expect(head("transfers.csv")).toBe("tx_id,timestamp,from_account,to_account,amount,currency,amount_received,currency_received,channel,reference");
    expect(head("accounts.csv")).toBe("account_id,kind,id_type,holder_name,institution,country,opening_balance");
    expect(head("fx.csv")).toBe("date,currency,rate_to_reporting,rate_source");
    expect(head("seeds.csv")!.split(",")[0]).toBe("tx_id");
  });

  it("every wallet number is a valid national number and every account id is typed", () => {
    const accounts = csv(join(a, "accounts.csv"));
    const wallets = accounts.filter((r) => r.account_id!.startsWith("wallet:"));
    expect(wallets.length).toBeGreaterThan(50);
    for (const w of wallets) expect(isValidPhoneNumber(w.account_id!.slice(7)), w.account_id).toBe(true);
    for (const r of accounts) expect(r.account_id).toMatch(/^(wallet|iban|bank|mto|hawala|agent|cash|service|merchant):/);
    expect(new Set(accounts.map((r) => r.account_id)).size).toBe(accounts.length);
  });

  it("transfer ids are unique and every transfer names known accounts", () => {
    const accounts = new Set(csv(join(a, "accounts.csv")).map((r) => r.account_id));
    const transfers = csv(join(a, "transfers.csv"));
    expect(new Set(transfers.map((t) => t.tx_id)).size).toBe(transfers.length);
    for (const t of transfers) {
      expect(accounts.has(t.from_account), t.from_account).toBe(true);
      expect(accounts.has(t.to_account), t.to_account).toBe(true);
    }
  });

  it("the answer key's ransom payments exist and add up to its totals", () => {
    const key = JSON.parse(readFileSync(join(a, "answer_key.json"), "utf8"));
    const transfers = new Map(csv(join(a, "transfers.csv")).map((t) => [t.tx_id, t]));
    const seeds = csv(join(a, "seeds.csv")).map((s) => s.tx_id);
    expect([...seeds].sort()).toEqual(key.answers.ransom_payments);
    let total = 0;
    for (const v of key.victims) {
      let sum = 0;
      for (const p of v.payments) {
        const t = transfers.get(p.tx_id);
        expect(t, p.tx_id).toBeDefined();
        expect(Number(t!.amount)).toBeCloseTo(p.amount, 2);
        expect(t!.to_account).toBe(p.to);
        sum += p.value_usd;
      }
      expect(sum).toBeCloseTo(v.total_paid_usd, 1);
      total += v.total_paid_usd;
    }
    expect(total).toBeCloseTo(key.answers.total_paid_usd, 1);
    expect(key.victims).toHaveLength(6);
  });

  it("the beginner case is one victim paid for in tranches by two relatives", () => {
    const d = tmpDir();
    generateCase({ scenario: "first-case", seed: 7, out: d });
    const key = JSON.parse(readFileSync(join(d, "answer_key.json"), "utf8"));
    expect(key.level).toBe("beginner");
    expect(key.victims).toHaveLength(1);
    expect(key.victims[0].payments.length).toBeGreaterThanOrEqual(2);
    expect(new Set(key.victims[0].payments.map((p: { payer: string }) => p.payer)).size).toBe(2);
  });

  it("generate --list --json names every scenario with its level", async () => {
    const doc = json(await cli(["generate", "--list", "--json"]));
    expect(doc.scenarios.length).toBeGreaterThanOrEqual(4);
    expect(doc.scenarios.map((s: { level: string }) => s.level)).toEqual(expect.arrayContaining(["beginner", "intermediate", "advanced"]));
    for (const s of doc.scenarios) expect(Object.keys(s).sort()).toEqual(["description", "level", "name"]);
  });

  it("an unknown scenario exits 1 naming it", async () => {
    const r = await cli(["generate", "--scenario", "nope", "--out", tmpDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nope");
  });

  it("the canonical files ingest without a quarantined row", async () => {
    const db = join(tmpDir(), "case.duckdb");
    const doc = json(await cli(["ingest", join(a, "transfers.csv"), join(a, "accounts.csv"), join(a, "fx.csv"), "--db", db, "--json"]));
    for (const s of doc.sources) expect(s.rows_quarantined, s.path).toBe(0);
  });
});

describe("flowtrace generate at scale", () => {
  it("--transfers above the raw-record limit writes exactly that many canonical transfers and no raw records", () => {
    const out = tmpDir();
    // The limit is 200,000 transfers; lowered here to keep the test small.
    const doc = generateCase({ scenario: "first-case", seed: 3, transfers: 30_001, rawLimit: 30_000, out });
    expect(doc.raw_records).toBe(false);
    expect(doc.transfers).toBe(30_001);
    expect(readdirSync(out)).not.toContain("raw");
    const lines = readFileSync(join(out, "transfers.csv"), "utf8").trimEnd().split("\n");
    expect(lines.length - 1).toBe(30_001);
    // Time order is kept across the day-by-day chunks.
    const times = lines.slice(1).map((l) => l.split(",")[1]!);
    for (let i = 1; i < times.length; i++) if (times[i]! < times[i - 1]!) throw new Error(`out of order at line ${i + 1}`);
  });

  it("--victims enlarges the story with more groups", async () => {
    const out = tmpDir();
    json(await cli(["generate", "--scenario", "network", "--seed", "3", "--victims", "40", "--transfers", "4000", "--out", out, "--json"]));
    const key = JSON.parse(readFileSync(join(out, "answer_key.json"), "utf8"));
    expect(key.victims).toHaveLength(40);
    expect(new Set(key.people.filter((p: { role: string }) => p.role === "collector").map((p: { group: string }) => p.group)).size).toBe(5);
    expect(key.generated_with).toBe("flowtrace generate --scenario network --seed 3 --transfers 4000 --victims 40");
  });
});
