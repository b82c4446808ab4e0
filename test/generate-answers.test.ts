// The answer key's amount questions name their rule, and the key holds that rule's figure:
// what the exercise's documented workflow computes (exercises.md: ingest the canonical CSVs,
// match the relatives' statements to seeds, trace with FIFO). Graded, those answers score full
// marks. Before, first-case's key held the story's earmarked cash-out (916.29, which equals
// poison's figure) while the exercise taught FIFO (623.06), which then scored 0.45.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCase } from "../src/generate/generateCase.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

describe("first-case: the key and the exercise's workflow agree", () => {
  it("the workflow's FIFO answers grade full marks, and each amount question names its rule", async () => {
    const dir = tmpDir();
    generateCase({ scenario: "first-case", seed: 11, out: dir });
    const key = JSON.parse(readFileSync(join(dir, "answer_key.json"), "utf8"));
    const exercises = readFileSync(join(dir, "exercises.md"), "utf8");
    expect(exercises).toContain("--method fifo");
    for (const q of key.questions.filter((q: any) => q.id === "cash_out_usd" || q.id === "to_leaders_usd")) {
      expect(q.rule).toBe("fifo");
      expect(q.text).toContain("FIFO");
    }
    // The story's truth stays in where_money_went for trainers, labelled, with the rule's figure.
    expect(key.where_money_went.basis).toMatch(/^story truth \(earmarked\)/);
    expect(key.where_money_went.cash_out_usd).toBe(916.29);
    expect(key.where_money_went.by_rule).toMatchObject({ rule: "fifo", cash_out_usd: key.answers.cash_out_usd });

    // The documented workflow (exercises.md, "Getting started").
    const db = join(dir, "case.duckdb"), seeds = join(dir, "my-seeds.csv");
    json(await cli(["ingest", join(dir, "transfers.csv"), join(dir, "accounts.csv"), join(dir, "fx.csv"), "--db", db, "--json"]));
    json(await cli(["match-statements", join(dir, "raw", "relatives-statements.csv"), "--seeds-out", seeds, "--db", db, "--json"]));
    const run = json(await cli(["trace", "--seed-file", seeds, "--method", "fifo", "--db", db, "--json"]));
    const reached = run.accounts as { account: string; tainted_in: number }[];
    const cash = reached.filter((a) => a.account.startsWith("agent:") || a.account.startsWith("cash:")).reduce((s, a) => s + a.tainted_in, 0);
    expect(Math.round(cash * 100) / 100).toBe(623.06);
    const seedIds = readFileSync(seeds, "utf8").trim().split("\n").slice(1).map((l) => l.split(",")[0]!);
    // exercises.md: "Add up the payments you found, valued in USD (flowtrace sql on the transfers view gives value_out)".
    const paid = json(await cli(["sql", `SELECT sum(value_out)::DOUBLE AS usd FROM transfers WHERE tx_id IN (${seedIds.map((id) => `'${id}'`).join(", ")})`, "--db", db, "--json"]));
    const answers = {
      ransom_payments: seedIds,
      total_paid_usd: (paid.rows ?? paid)[0].usd,
      collectors: [...new Set(run.transfers.filter((t: any) => seedIds.includes(t.tx_id)).map((t: any) => t.to_account))],
      leaders: key.answers.leaders, // a set question, not a rule's figure: taken from the key
      cash_out_usd: Math.round(cash * 100) / 100,
    };
    const file = join(dir, "my-answers.json");
    writeFileSync(file, JSON.stringify({ answers }));
    const graded = json(await cli(["grade", "--key", join(dir, "answer_key.json"), "--answers", file, "--json"]));
    for (const item of graded.items) expect(item.score, `${item.id}: ${item.feedback}`).toBe(1);
    expect(graded.score).toBe(1);
  });
});
