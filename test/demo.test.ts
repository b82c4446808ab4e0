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
    const doc = json(await cli(["demo", "--out", out, "--json"]));
    const html = join(out, "demo.html");
    expect(existsSync(html)).toBe(true);
    expect(doc.report).toContain("demo.html");
    expect(doc.steps.filter((s: { ok: boolean }) => !s.ok)).toEqual([]);
    expect(doc.run_id).toMatch(/\S/);
    expect(doc.seeded).toBeGreaterThan(0);
    const byStep = Object.fromEntries(doc.steps.map((s: { step: string; ok: boolean }) => [s.step, s.ok]));
    expect(byStep["ingest the sample case"]).toBe(true);
    expect(byStep["trace the ransom payments (FIFO)"]).toBe(true);
    expect(byStep["write the report"]).toBe(true);
    const text = await cli(["demo", "--out", out]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/report: .*demo\.html/);
  });
});
