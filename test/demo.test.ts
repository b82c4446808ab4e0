import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCaseFiles } from "../src/generate/generateCase.js";
import { DEMO_CASE } from "../src/cli/commands/demo.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const sample = join(__dirname, "..", "data-samples", DEMO_CASE);

function files(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f), `${prefix}${f}/`) : [`${prefix}${f}`])).sort();
}

describe("data-samples and flowtrace demo", () => {
  it("the committed sample case is exactly what the generator writes for its scenario and seed", async () => {
    const key = JSON.parse(readFileSync(join(sample, "answer_key.json"), "utf8"));
    const m = /--scenario (\S+) --seed (\d+)(?: --transfers (\d+))?/.exec(key.generated_with)!;
    const out = tmpDir();
    await generateCaseFiles({ scenario: m[1]!, seed: Number(m[2]), out, ...(m[3] ? { transfers: Number(m[3]) } : {}) });
    expect(files(out)).toEqual(files(sample));
    for (const f of files(sample)) expect(readFileSync(join(out, f)).equals(readFileSync(join(sample, f))), `${f} differs: regenerate with ${key.generated_with}`).toBe(true);
  });

  it("demo ingests the sample, traces its seeds and writes demo.html, saying where it is", async () => {
    const out = join(tmpDir(), "reports");
    const r = await cli(["demo", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(out, "demo.html"))).toBe(true);
    expect(r.stdout).toMatch(/^report: .*demo\.html$/m);
    // Every step that exists in this build ran without error.
    expect(r.stdout).not.toMatch(/^skip/m);
    for (const step of ["ingest the sample case", "trace the ransom payments (FIFO)", "detect collectors, brokers and leaders", "write the report"]) {
      expect(r.stdout).toContain(`ok    ${step}`);
    }
    expect(r.stdout).toMatch(/the families paid [\d.]+ USD \(\d+ victims, \d+ payers\); under fifo, [\d.]+ USD \([\d.]+ %\) reached the leaders \(run \S+\)/);

    // Issue 17: the demo's report agrees with the sample's answer key on its headline figures.
    const key = JSON.parse(readFileSync(join(sample, "answer_key.json"), "utf8"));
    const h = json(await cli(["report", "--db", join(out, "demo.duckdb"), "--out", join(out, "again.html"), "--json"]));
    expect(h.method).toBe("fifo");
    const paid = key.where_money_went.paid_by_families_usd;
    expect(Math.abs(h.paid_by_families - paid) / paid).toBeLessThanOrEqual(0.01);
    expect(h.victims).toBe(key.victims.length);
    const payers = new Set(key.victims.flatMap((v: { payments: { payer: string }[] }) => v.payments.map((p) => p.payer)));
    expect(h.payers).toBe(payers.size);
    const leaders = h.reached_leaders.accounts.map((a: { account: string }) => a.account).sort();
    expect(leaders).toEqual([...key.answers.leaders].sort());
    for (const front of key.answers.front_businesses) expect(leaders).not.toContain(front);
    expect(h.reached_leaders.share).toBeLessThanOrEqual(1);
    // The inferred hawala bridges were followed, and the report marks the amounts that crossed them.
    expect(h.crossed_inferred_links).toBeGreaterThan(0);
    expect(readFileSync(join(out, "again.html"), "utf8")).toContain('class="inferred"');
  });
});
