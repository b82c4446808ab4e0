// The documented workflow from the records an investigator holds (issue 17): a generated
// case's raw/ folder (statements, operator exports, bank statements, hawala ledgers) is
// ingested as it is, the families' statements are matched to seeds, hawala bridges inferred,
// the seeds traced under FIFO, roles detected and the report's headline figures printed. They
// must agree with the answer key, and the trace with a trace of the same seeds over the
// canonical CSV. `npm run eval -- --e2e` runs the same checks on every scenario and 5 seeds.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCaseFiles } from "../src/generate/generateCase.js";
import { keyReported } from "../tools/eval/endToEnd.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

interface Totals { seeded: number; retained: number; exited: number; beyond_horizon: number }
interface TraceDoc { totals: Totals; accounts: { account: string; tainted_in: number }[] }

describe.each([["first-case", 11], ["sold-on", 2]] as const)("%s seed %i from its raw records", (scenario, seed) => {
  let dir: string;
  let key: any;
  let head: any;
  let raw: TraceDoc;
  let canonical: TraceDoc;

  beforeAll(async () => {
    dir = tmpDir();
    await generateCaseFiles({ scenario, seed, out: dir });
    key = JSON.parse(readFileSync(join(dir, "answer_key.json"), "utf8"));
    const r = ["--db", join(dir, "raw.duckdb")];
    json(await cli(["ingest", join(dir, "fx.csv"), join(dir, "raw"), ...r, "--json"]));
    json(await cli(["match-statements", join(dir, "raw", "relatives-statements.csv"), "--seeds-out", join(dir, "seeds.csv"), ...r, "--json"]));
    json(await cli(["hawala", ...r, "--json"]));
    const trace = ["trace", "--seed-file", join(dir, "seeds.csv"), "--method", "fifo", "--inferred", "on", "--json"];
    raw = json(await cli([...trace, ...r]));
    json(await cli(["detect", ...r, "--json"]));
    head = json(await cli(["report", "--out", join(dir, "report.html"), ...r, "--json"]));
    const c = ["--db", join(dir, "canonical.duckdb")];
    json(await cli(["ingest", ...["fx.csv", "accounts.csv", "transfers.csv"].map((f) => join(dir, f)), ...c, "--json"]));
    json(await cli(["hawala", ...c, "--json"]));
    canonical = json(await cli([...trace, ...c]));
  });

  // The whole trace does not yet agree within 0.5 % (eval --e2e prints by how much: merged
  // cross-currency wires keep one side's amounts, and date-only bank records stand at midnight
  // among a wallet's timed ones). What must hold already: the same seeds, and the collectors
  // (the first receivers, where the statements' money lands) receiving the same money.
  it("starts from the same money as the canonical CSV, and its collectors receive the same", () => {
    expect(raw.totals.seeded).toBe(canonical.totals.seeded);
    const collectors = key.people.filter((p: any) => p.role === "collector").flatMap((p: any) => p.accounts);
    const inOf = (d: TraceDoc, a: string) => d.accounts.find((x) => x.account === a)?.tainted_in ?? 0;
    const reached = collectors.filter((a: string) => inOf(canonical, a) > 0);
    expect(reached.length).toBeGreaterThan(0);
    for (const a of reached) expect(Math.abs(inOf(raw, a) - inOf(canonical, a)), a).toBeLessThanOrEqual(0.005 * inOf(canonical, a));
  });

  it("reports what the families paid, the victims and payers, and the leaders, as the key says", () => {
    // The seeds are the statements' matches: checked against the key's payments a statement names.
    const k = keyReported(key);
    expect(Math.abs(head.paid_by_families - k.paid)).toBeLessThanOrEqual(0.01 * k.paid);
    expect(head.victims).toBe(key.victims.length);
    expect(head.payers).toBe(k.payers);
    const reached = head.reached_leaders.accounts.map((a: { account: string }) => a.account);
    const leaders = key.people.filter((p: any) => p.role === "leader").flatMap((p: any) => p.accounts);
    expect(reached.sort()).toEqual(expect.arrayContaining(leaders));
    expect(reached.filter((a: string) => (key.answers.front_businesses ?? []).includes(a))).toEqual([]);
    expect(head.reached_leaders.share).toBeLessThanOrEqual(1);
    expect(head.method).toBe("fifo");
  });
});
