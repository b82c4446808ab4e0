import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseDb } from "../src/db/connect.js";
import { matchStatements } from "../src/statements/matchStatements.js";
import { buildCase } from "./fixtures/statements/buildCase.js";
import { accounts, fx, statementsCsv, transfers } from "./fixtures/statements/family.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

describe("match-statements", () => {
  const dir = tmpDir();
  const dbPath = join(dir, "case.duckdb");
  const file = join(dir, "statements.csv");
  let db: CaseDb;
  beforeAll(async () => {
    db = await buildCase(dbPath, accounts, transfers, fx);
    writeFileSync(file, statementsCsv);
  });
  afterAll(() => db?.close());

  it("chooses the right transfer for each statement, one to one, with reasons in words", async () => {
    const r = await matchStatements(db, file);
    const chosen = Object.fromEntries(
      ["S1", "S2", "S3", "S4"].map((s) => [s, r.matches.filter((m) => m.statement_id === s && m.chosen).map((m) => m.tx_id)]),
    );
    // S1: 4,000 stated, 3,950 recorded (fee), receiver phone written nationally.
    // S2: 2,000 EUR stated = 2,200 USD at 1.1; recorded 1,980 EUR; date written day-first.
    // S3: two tranches of 1,500 to the same receiver, named with a spelling variant.
    // S4: a repeat payment by the same payer, months later, to a new collector.
    expect(chosen).toEqual({ S1: ["T1"], S2: ["T3"], S3: ["T4", "T5"], S4: ["T6"] });
    const s1 = r.matches.find((m) => m.statement_id === "S1" && m.chosen)!;
    expect(s1.reasons.join(" | ")).toMatch(/fee tolerance/);
    expect(s1.reasons.join(" | ")).toMatch(/is the stated number/);
    expect(s1.reasons.join(" | ")).toMatch(/2 days after the stated date/);
    expect(s1.confidence).toBeGreaterThan(0.7);
    const s3 = r.matches.filter((m) => m.statement_id === "S3" && m.chosen);
    expect(s3[0]!.tranche_group).toBe("S3/tranches");
    expect(s3[0]!.reasons[0]).toMatch(/tranche 1 of 2/);
    expect(r.unmatched).toEqual([]);
  });

  it("does not let the look-alike remittance (T7) or another family's payment (T2) win", async () => {
    const r = await matchStatements(db, file);
    const claimed = r.matches.filter((m) => m.chosen).map((m) => m.tx_id);
    expect(claimed).not.toContain("T7");
    expect(claimed).not.toContain("T2");
  });

  it("--json prints the matches and --seeds-out writes a seed file trace can read", async () => {
    const seeds = join(dir, "seeds.csv");
    const doc = json(await cli(["match-statements", file, "--db", dbPath, "--json", "--seeds-out", seeds]));
    expect(doc.matches.length).toBeGreaterThanOrEqual(5);
    for (const m of doc.matches) expect(Object.keys(m)).toEqual(expect.arrayContaining(["statement_id", "tx_id", "confidence", "reasons"]));
    const lines = readFileSync(seeds, "utf8").trim().split("\n");
    expect(lines[0]).toBe("tx_id,statement_id,confidence");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["T1", "T3", "T4", "T5", "T6"]);
  });

  it("trace --seed-statements traces from the statements' confirmed matches", async () => {
    const run = json(await cli(["trace", "--seed-statements", file, "--db", dbPath, "--json"]));
    const stored = json(await cli(["sql", `SELECT seeds FROM trace_runs WHERE run_id = '${run.run_id}'`, "--db", dbPath, "--json"]));
    expect(JSON.parse(stored.rows[0].seeds).tx_ids).toEqual(["T1", "T3", "T4", "T5", "T6"]);
    // T1 (3,950 to the collector's wallet) is forwarded by T8: the trace follows it.
    expect(run.transfers.map((t: { tx_id: string }) => t.tx_id)).toContain("T8");
  });

  it("is deterministic: the same statements give byte-identical JSON", async () => {
    const a = await cli(["match-statements", file, "--db", dbPath, "--json"]);
    const b = await cli(["match-statements", file, "--db", dbPath, "--json"]);
    expect(a.stdout).toBe(b.stdout);
  });

  it("reads a payer's national number without a country against the sending wallet", async () => {
    const { scoreCandidate } = await import("../src/statements/scoreCandidate.js");
    const { statementFacts } = await import("../src/statements/statementFacts.js");
    const facts = statementFacts({ statement_id: "X", payer_phone: "0152 071 74079", paid_on: "2025-01-01", amount: "100", currency: "USD" } as never);
    const c = { tx_id: "t", ts: "2025-01-01T10:00:00Z", from_account: "wallet:+4915207174079", to_account: "wallet:+251911234567", amount: 100, currency: "USD", value_out: 100, channel: null, reference: null, from_name: null, to_name: null, to_country: null, to_institution: null };
    const s = scoreCandidate(facts, c, 100, "USD", 7);
    expect(s.payer.score).toBe(0.9);
    expect(s.reasons).toContain("paying account wallet:+4915207174079 ends with the payer's number");
  });

  it("--decisions: the investigator's confirmation wins over the score, a rejection removes a match", async () => {
    const decisions = join(dir, "decisions.csv");
    // S1 was really paid by T2 (say the bank confirmed it); T6 is not S4's payment.
    writeFileSync(decisions, "statement_id,tx_id,decision,note\nS1,T2,confirm,bank letter 12 May\nS4,T6,reject,\n");
    const doc = json(await cli(["match-statements", file, "--db", dbPath, "--json", "--decisions", decisions]));
    const chosen = (id: string) => doc.matches.filter((m: { statement_id: string; chosen: boolean }) => m.statement_id === id && m.chosen);
    expect(chosen("S1").map((m: { tx_id: string }) => m.tx_id)).toEqual(["T2"]);
    expect(chosen("S1")[0].confidence).toBe(1);
    expect(chosen("S1")[0].reasons[0]).toMatch(/^confirmed by the investigator \(.*decisions.csv row 1\): bank letter 12 May$/);
    expect(chosen("S4")).toEqual([]);
    expect(doc.matches.some((m: { statement_id: string; tx_id: string }) => m.statement_id === "S4" && m.tx_id === "T6")).toBe(false);
    expect(doc.seeds).toContain("T2");
    expect(doc.seeds).not.toContain("T6");
  });

  it("a repeated statement_id exits 1 naming the file, row and value", async () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "statement_id,paid_on,amount\nS1,2024-01-01,10\nS1,2024-01-02,20\n");
    const r = await cli(["match-statements", bad, "--db", dbPath]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("row 2");
    expect(r.stderr).toContain('"S1"');
  });
});
