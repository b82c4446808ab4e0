// Links across cases (docs/casework.md): two generated first-case cases (seeds 1 and 2) whose
// money ends with the same leader's IBAN; each case also knows the leader by a second account,
// linked by a passport number, so entity resolution makes the leader one person in each case.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openCase } from "../src/db/connect.js";
import { allJson } from "../src/db/sql.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const LEADER = "iban:AE420334575017940756789";
const SECOND: Record<number, { id: string; kind: string }> = {
  1: { id: "wallet:+971501111111", kind: "mobile_money" },
  2: { id: "mto:Gulf Exchange/+971501111111", kind: "mto" },
};
const cases: Record<number, string> = {};

async function buildCase(seed: number): Promise<string> {
  const dir = tmpDir(`flowtrace-xref-${seed}-`);
  const g = join(dir, "g");
  expect((await cli(["generate", "--scenario", "first-case", "--seed", String(seed), "--out", g])).code).toBe(0);
  const key = JSON.parse(readFileSync(join(g, "answer_key.json"), "utf8"));
  expect(key.answers.leaders).toEqual([LEADER]);
  const holder = readFileSync(join(g, "accounts.csv"), "utf8").split("\n").find((l) => l.startsWith(`${LEADER},`))!.split(",")[3];
  writeFileSync(join(dir, "second.csv"), `account_id,kind,holder_name,country\n${SECOND[seed]!.id},${SECOND[seed]!.kind},${holder},AE\n`);
  writeFileSync(join(dir, "ids.csv"), `account_id,type,value\n${LEADER},passport,P1234567\n${SECOND[seed]!.id},passport,P1234567\n`);
  const db = join(dir, "case.duckdb");
  for (const args of [
    ["ingest", join(g, "fx.csv"), join(g, "accounts.csv"), join(g, "transfers.csv"), join(dir, "second.csv")],
    ["trace", "--seed-file", join(g, "seeds.csv")],
    ["entities", "--identifiers", join(dir, "ids.csv")],
  ]) {
    const r = await cli([...args, "--db", db]);
    expect(r.code, `${args[0]}: ${r.stderr}`).toBe(0);
  }
  return db;
}

const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

async function leaderTraced(db: string): Promise<number> {
  const c = await openCase(db, { readOnly: true });
  try {
    // The same figure the trace stored (flowtrace sql would show it).
    const run = json(await cli(["runs", "--db", db, "--json"]));
    const runId = (run.runs ?? run)[0].run_id;
    const rows = await allJson(c.conn, "report/reached", { run_id: runId, accounts: JSON.stringify([LEADER]) });
    return Number(rows[0]!.tainted_in);
  } finally {
    c.close();
  }
}

beforeAll(async () => {
  cases[1] = await buildCase(1);
  cases[2] = await buildCase(2);
});

describe("xref", () => {
  it("finds the shared leader as an account and as a person, with what each case traced to it", async () => {
    const before = sha(cases[2]!);
    const headBefore = json(await cli(["custody", "--db", cases[1]!, "--json"])).head;
    const doc = json(await cli(["xref", "--db", cases[1]!, cases[2]!, "--json"]));
    expect(sha(cases[2]!)).toBe(before); // the other case is only read
    expect(json(await cli(["custody", "--db", cases[1]!, "--json"])).head).toBe(headBefore); // nor is this one changed
    const [other] = doc.cases;
    expect(other.case_file).toBe("case.duckdb");
    const leader = other.links.find((l: { kind: string; value: string }) => l.kind === "account" && l.value === LEADER);
    const here = await leaderTraced(cases[1]!);
    const there = await leaderTraced(cases[2]!);
    expect(here).toBeGreaterThan(0);
    expect(there).toBeGreaterThan(0);
    expect(leader).toMatchObject({ here_accounts: [LEADER], other_accounts: [LEADER], here_traced_in: here, other_traced_in: there });
    const person = other.links.find((l: { kind: string }) => l.kind === "person");
    expect(person).toMatchObject({
      here_accounts: [LEADER, SECOND[1]!.id].sort(), other_accounts: [SECOND[2]!.id, LEADER].sort(),
      here_traced_in: here, other_traced_in: there,
    });
    // By default only what a trace reached; --all also lists the shared phone number.
    expect(other.links.some((l: { kind: string }) => l.kind === "phone")).toBe(false);
    const all = json(await cli(["xref", "--db", cases[1]!, cases[2]!, "--all", "--json"])).cases[0];
    expect(all.links.find((l: { kind: string }) => l.kind === "phone")).toMatchObject({ value: "+971501111111", here_accounts: [SECOND[1]!.id], other_accounts: [SECOND[2]!.id] });
  });

  it("adds a 'seen in other cases' section to the report", async () => {
    const out = join(tmpDir(), "r.html");
    const r = await cli(["report", "--db", cases[1]!, "--out", out, "--xref", cases[2]!]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, "utf8");
    const section = html.slice(html.indexOf('<section id="xref">'), html.indexOf("</section>", html.indexOf('<section id="xref">')));
    expect(section).toContain("9. Seen in other cases");
    expect(section).toContain(LEADER);
    expect(html).toContain('<a href="#xref">9 Other cases</a>');
  });

  it("refuses a missing other case and the case itself, in one line", async () => {
    for (const other of [join(tmpDir(), "none.duckdb"), cases[1]!]) {
      const r = await cli(["xref", "--db", cases[1]!, other]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});
