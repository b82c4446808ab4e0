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
import { keyReported, maskFits } from "../tools/eval/endToEnd.js";
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

  it("traces the same money as the canonical CSV (totals within 0.5 %, same top-10 receivers)", () => {
    for (const k of ["seeded", "retained", "exited", "beyond_horizon"] as const) {
      expect(Math.abs(raw.totals[k] - canonical.totals[k]), k).toBeLessThanOrEqual(0.005 * canonical.totals.seeded);
    }
    // A masked counterparty (07*****900) that no other record names stands for the account it fits.
    const top = (d: TraceDoc) => [...d.accounts].sort((a, b) => b.tainted_in - a.tainted_in || (a.account < b.account ? -1 : 1)).slice(0, 10).map((a) => a.account);
    const rawTop = top(raw);
    expect(top(canonical).filter((a) => !rawTop.some((r) => r === a || maskFits(r, a)))).toEqual([]);
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
