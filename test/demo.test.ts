import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCaseFiles } from "../src/generate/generateCase.js";
import { DEMO_CASE } from "../src/cli/commands/demo.js";
import { cli } from "./util/cli.js";
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
    expect(r.stdout).toMatch(/traced [\d.]+ USD of ransom payments \(run \S+\)/);
  });
});
