import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { openCase } from "../src/db/connect.js";
import { gatherReportData } from "../src/report/data.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const golden = (name: string) => fileURLToPath(new URL(`./golden/report/${name}`, import.meta.url));
const NOW = new Date("2026-02-03T04:05:06Z");
let dbPath: string;

beforeAll(async () => {
  dbPath = join(tmpDir(), "case.duckdb");
  const db = await openCase(dbPath, { currency: "USD" });
  await db.conn.run(readFileSync(golden("case.sql"), "utf8"));
  db.close();
});

async function gather(runId?: string) {
  const db = await openCase(dbPath, { readOnly: true });
  try {
    return await gatherReportData(db, { runId, generatedAt: NOW });
  } finally {
    db.close();
  }
}

describe("gatherReportData(db, options)", () => {
  it("reads the latest run by default and matches the committed golden", async () => {
    const data = await gather();
    expect(data.run.id).toBe("run-haircut");
    const fifo = await gather("run-fifo");
    const text = JSON.stringify(fifo, null, 1) + "\n";
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden("data-run-fifo.json"), text);
    expect(text).toBe(readFileSync(golden("data-run-fifo.json"), "utf8"));
  });

  it("adds the payers of the seeds and marks hop-0 transfers as seeds", async () => {
    const d = await gather("run-fifo");
    expect(d.run.seeds).toEqual(["T1", "T3"]);
    expect(d.transfers.filter((t) => t.isSeed).map((t) => t.txId)).toEqual(["T1", "T3"]);
    const payer = d.accounts.find((a) => a.id === "iban:DE89370400440532013000")!;
    expect(payer).toMatchObject({ role: "relative", taintedOut: 4600, taintedIn: 0, holder: "<script>window.__xss=1</script>" });
  });

  it("groups the ransom payments by the victim their matched statements name", async () => {
    const d = await gather("run-fifo");
    expect(d.transfers.filter((t) => t.isSeed).map((t) => [t.txId, t.victim])).toEqual([["T1", "Dawit <b>"], ["T3", "Dawit <b>"]]);
    const { families } = await import("../src/report/families.js");
    expect(families(d).map((f) => [f.label, f.payers.length, f.amount])).toEqual([["family of Dawit <b>", 2, 7600]]);
  });

  it("names the resolved entity of accounts that an entity joins", async () => {
    const d = await gather("run-fifo");
    const entity = (id: string) => d.accounts.find((a) => a.id === id)!.entity;
    expect(entity("wallet:+254722000111")).toBe("Yonas Wedi (E1)");
    expect(entity("bank:ENBD/1012345678")).toBeNull();
  });

  // Issue 17: without detection a shape guess is never called a leader (or a broker); only
  // what the trace shows (payer, first receiver, cash/service account) is marked.
  it("without detection, marks only what the trace shows and leaves the rest not classified", async () => {
    const d = await gather("run-fifo");
    const role = (id: string) => d.accounts.find((a) => a.id === id)!.role;
    expect(d.rolesSource).toBe("structure");
    expect(role("wallet:+254712345678")).toBe("collector");
    expect(role("wallet:+251911000222")).toBe("other");
    expect(role("bank:ENBD/1012345678")).toBe("other");
    expect(role("agent:Eastleigh-042")).toBe("cash-out");
    expect(d.accounts.find((a) => a.id === "bank:ENBD/1012345678")!.roleReason).toContain("flowtrace detect");
    expect(d.leaders).toEqual([]);
  });

  it("compares the runs with the same seeds and options under other rules", async () => {
    const d = await gather("run-fifo");
    expect(d.methods.map((m) => m.method)).toEqual(["haircut", "fifo"]);
    expect(d.methods[0]!.reached["bank:ENBD/1012345678"]).toBe(5900);
  });

  it("keeps trajectories with a path and knows when the trace summarised the rest", async () => {
    const d = await gather("run-fifo");
    expect(d.trajectories.map((t) => t.seedTx)).toEqual(["T3", "T1"]);
    expect(d.trajectoriesComplete).toBe(false);
  });

  it("names an unknown run in a one-line error (exit 1)", async () => {
    const r = await cli(["report", "--db", dbPath, "--run", "nope", "--out", join(tmpDir(), "r.html")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no such trace run: nope/);
  });
});

describe("flowtrace report", () => {
  it("writes the same bytes twice for the same run and generation time", async () => {
    const dir = tmpDir();
    const a = json(await cli(["report", "--db", dbPath, "--run", "run-fifo", "--out", join(dir, "a.html"), "--generated-at", "2026-02-03T04:05:06Z", "--json"]));
    const b = json(await cli(["report", "--db", dbPath, "--run", "run-fifo", "--out", join(dir, "b.html"), "--generated-at", "2026-02-03T04:05:06Z", "--json"]));
    expect(a.sha256).toBe(b.sha256);
    expect(readFileSync(join(dir, "a.html"))).toEqual(readFileSync(join(dir, "b.html")));
    expect(a).toMatchObject({ run_id: "run-fifo", transfers: 7, accounts: 7 });
  });

  it("takes the generation time from the clock it is given by default", async () => {
    const out = join(tmpDir(), "nested", "r.html");
    const r = await cli(["report", "--db", dbPath, "--out", out], new Date("2030-05-06T07:08:09Z"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("run-haircut");
    expect(readFileSync(out, "utf8")).toContain("Mon 2030-05-06 07:08 UTC");
  });

  it("rejects a bad --generated-at", async () => {
    const r = await cli(["report", "--db", dbPath, "--out", join(tmpDir(), "r.html"), "--generated-at", "yesterday"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--generated-at");
  });

  it("says there is nothing to report on a case without a trace", async () => {
    const empty = join(tmpDir(), "empty.duckdb");
    (await openCase(empty)).close();
    const r = await cli(["report", "--db", empty, "--out", join(tmpDir(), "r.html")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no trace run");
  });
});
