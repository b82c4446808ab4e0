import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { phoneVariants } from "../src/statements/phone.js";
import { buildCase } from "./fixtures/statements/buildCase.js";
import { accounts, fx, statementsCsv, transfers } from "./fixtures/statements/family.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

// The whole workflow as a user runs it: statements → seeds → trace → report --redact.
const dir = tmpDir();
const dbPath = join(dir, "case.duckdb");
let runId = "";

const PROTECTED = [
  "Yonas Haile", "Tesfaye Ghebremedhin", "Saba Haile", "Mehari Tekle", "Tesfay Gebremedhin Kidane", "Tesfay Gebremedhin",
  "Saba Haile Woldu", "SE4550000000058398257466", "NL91ABNA0417164300", "20325371234567", ...phoneVariants("+46701234567"), "070-123 45 67",
];

beforeAll(async () => {
  (await buildCase(dbPath, accounts, transfers, fx)).close();
  writeFileSync(join(dir, "statements.csv"), statementsCsv);
  json(await cli(["match-statements", join(dir, "statements.csv"), "--db", dbPath, "--json", "--seeds-out", join(dir, "seeds.csv")]));
  runId = json(await cli(["trace", "--seed-file", join(dir, "seeds.csv"), "--db", dbPath, "--json"])).run_id;
}, 60_000);

describe("report --redact", () => {
  it("leaves no protected name, phone or account number in the HTML, and keeps the suspects", async () => {
    const out = join(dir, "r.html");
    // Redaction is default-deny: the collector stays visible because the investigator marks him.
    writeFileSync(join(dir, "suspects.txt"), "wallet:+251911234567\n");
    json(await cli(["report", "--db", dbPath, "--run", runId, "--out", out, "--redact", "--suspects", join(dir, "suspects.txt"), "--json"]));
    const html = readFileSync(out, "utf8");
    for (const p of PROTECTED) expect(html.toLowerCase().includes(p.toLowerCase()), p).toBe(false);
    expect(html).toContain("wallet:+251911234567");
    expect(html).toMatch(/Relative-[0-9A-F]{8}/);
  });

  it("the unredacted report does name them (the check above is not vacuous)", async () => {
    const out = join(dir, "plain.html");
    json(await cli(["report", "--db", dbPath, "--run", runId, "--out", out, "--json"]));
    expect(readFileSync(out, "utf8")).toContain("Tesfay Gebremedhin Kidane");
  });
});
