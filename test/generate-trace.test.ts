import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_CASE } from "../src/cli/commands/demo.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const sample = join(__dirname, "..", "data-samples", DEMO_CASE);

describe("a generated case's answer key agrees with tracing", () => {
  let db: string;
  let key: any;
  beforeAll(async () => {
    db = join(tmpDir(), "case.duckdb");
    key = JSON.parse(readFileSync(join(sample, "answer_key.json"), "utf8"));
    json(await cli(["ingest", join(sample, "transfers.csv"), join(sample, "accounts.csv"), join(sample, "fx.csv"), "--db", db, "--json"]));
  });

  for (const method of ["poison", "fifo"]) {
    it(`a ${method} trace from the key's ransom payments reaches every leader of the key`, async () => {
      const doc = json(await cli(["trace", "--seed-file", join(sample, "seeds.csv"), "--method", method, "--max-hops", "8", "--db", db, "--json"]));
      const reached = new Map(doc.accounts.map((a: { account: string; tainted_in: number }) => [a.account, Number(a.tainted_in)]));
      for (const leader of key.answers.leaders) expect(reached.get(leader) ?? 0, `${method} ${leader}`).toBeGreaterThan(0);
      // The seeds are the key's payments, valued like the key (official rates) to within rounding.
      expect(doc.totals.seeded).toBeGreaterThan(0.95 * key.answers.total_paid_usd);
      expect(doc.totals.seeded).toBeLessThan(1.05 * key.answers.total_paid_usd);
    });
  }

  it("the key's amount answers are the FIFO trace's figures (the rule their questions name), to the cent", async () => {
    const doc = json(await cli(["trace", "--seed-file", join(sample, "seeds.csv"), "--method", "fifo", "--db", db, "--json"]));
    const reached = new Map<string, number>(doc.accounts.map((a: { account: string; tainted_in: number }) => [a.account, Number(a.tainted_in)]));
    const cash = [...reached].filter(([id]) => id.startsWith("agent:") || id.startsWith("cash:")).reduce((s, [, v]) => s + v, 0);
    expect(key.questions.find((q: any) => q.id === "cash_out_usd").rule).toBe("fifo");
    expect(key.answers.cash_out_usd).toBe(Math.round(cash * 100) / 100);
    for (const [leader, amount] of Object.entries(key.answers.to_leaders_usd)) expect(amount, leader).toBe(reached.get(leader) ?? 0);
  });
});
