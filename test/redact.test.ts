import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { openCase } from "../src/db/connect.js";
import { redactData } from "../src/redact/redactFor.js";
import { phoneVariants } from "../src/statements/phone.js";
import { addRun, buildCase } from "./fixtures/statements/buildCase.js";
import { accounts, fx, statementsCsv, transfers } from "./fixtures/statements/family.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const dir = tmpDir();
const outDir = join(dir, "out");
const dbPath = join(dir, "case.duckdb");

// Everything that identifies the protected people: victims and relatives named in the
// statements, the holders and numbers of the accounts they paid from, their phones in every form.
const PROTECTED = [
  "Yonas Haile", "Dawit Mebrahtu", "Tesfaye Ghebremedhin", "Saba Haile", "Mehari Tekle", "Tesfay G/Medhin",
  "Tesfay Gebremedhin Kidane", "Tesfay Gebremedhin", "Saba Haile Woldu",
  "iban:SE4550000000058398257466", "SE4550000000058398257466", "NL91ABNA0417164300", "20325371234567",
  ...phoneVariants("+46701234567"), "070-123 45 67",
];
// Suspects (marked with --suspects: redaction is default-deny) stay visible.
const VISIBLE = ["wallet:+251911234567", "Kidane Weldemariam", "Walid Hamdan", "wallet:+971501234567"];

async function readParquetText(file: string): Promise<string> {
  const inst = await DuckDBInstance.create(":memory:");
  const conn = await inst.connect();
  const r = await conn.runAndReadAll(`SELECT * FROM read_parquet('${file}')`);
  const text = JSON.stringify(r.getRowObjectsJson());
  conn.closeSync();
  inst.closeSync();
  return text;
}

/** Every file's bytes as text, plus the decoded content of binary formats. */
async function allText(): Promise<string> {
  let text = "";
  for (const f of readdirSync(outDir).sort()) {
    const path = join(outDir, f);
    text += readFileSync(path).toString("latin1") + readFileSync(path, "utf8");
    if (f.endsWith(".parquet")) text += await readParquetText(path);
    if (f.endsWith(".arrow")) text += JSON.stringify(tableFromIPC(readFileSync(path)).toArray().map((r) => r.toJSON()));
  }
  return text;
}

beforeAll(async () => {
  const db = await buildCase(dbPath, accounts, transfers, fx);
  await addRun(db, "R1", ["T1", "T3", "T4", "T5", "T6"], [["T1", 3950, 0], ["T3", 2178, 0], ["T4", 1500, 0], ["T5", 1500, 0], ["T6", 5000, 0], ["T8", 5900, 1]]);
  // A suspect's account traced forward: its outflows are seeds, but it is no victim's.
  await addRun(db, "R2", ["T8"], [["T8", 5900, 0]], "wallet:+251911234567");
  db.close();
  writeFileSync(join(dir, "statements.csv"), statementsCsv);
  json(await cli(["match-statements", join(dir, "statements.csv"), "--db", dbPath, "--json"]));
  const { mkdirSync } = await import("node:fs");
  mkdirSync(outDir);
  writeFileSync(join(dir, "suspects.txt"), "# the collector and the leader\nwallet:+251911234567\nwallet:+971501234567\n");
  for (const run of [[], ["--run", "R1"]]) {
    for (const format of ["ftm", "goaml", "arrow", "parquet", "csv", "graphml", ...(run.length ? ["next-steps"] : [])]) {
      const out = join(outDir, `${run.length ? "run" : "case"}-${format}.${format === "next-steps" ? "csv" : format}`);
      json(await cli(["export", "--db", dbPath, "--json", "--redact", "--suspects", join(dir, "suspects.txt"), "--format", format, "--out", out, ...run]));
    }
  }
}, 60_000);

describe("--redact", () => {
  it("leaves no name, phone (in any form) or account number of a protected person in any export file", async () => {
    const text = await allText();
    const lower = text.toLowerCase();
    for (const p of PROTECTED) expect(lower.includes(p.toLowerCase()), p).toBe(false);
  });

  it("keeps the suspects' accounts and names visible", async () => {
    const text = await allText();
    for (const v of VISIBLE) expect(text, v).toContain(v);
  });

  it("gives a person the same pseudonym in every document, from the secret stored in the case", async () => {
    const ftm = readFileSync(join(outDir, "case-ftm.ftm"), "utf8");
    const csv = readFileSync(join(outDir, "case-csv.accounts.csv"), "utf8");
    const pseudonym = /iban:redacted-[0-9A-F]{8}/.exec(csv)![0];
    expect(ftm).toContain(pseudonym);
    const db = await openCase(dbPath, { readOnly: true });
    const again = await redactData(db, { note: "paid from iban:SE4550000000058398257466 by Saba Haile" });
    db.close();
    expect(again.note).toContain("redacted-");
    const { createRedaction } = await import("../src/redact/createRedaction.js");
    const r = createRedaction("k", { accounts: [], suspects: [], protectedPeople: [{ key: "payer:x", names: [], phones: ["0152 071 74079"], accounts: [] }] });
    expect(r.text("called from +49 152 07174079 and 0152-07174079")).not.toMatch(/07174079/);
    expect(again.note).not.toContain("Saba");
    expect(csv).toMatch(/Relative-[0-9A-F]{8}/);
  });

  it("without --redact the same export does show them (the test above is not vacuous)", async () => {
    const out = join(dir, "plain.csv");
    await cli(["export", "--db", dbPath, "--format", "csv", "--out", out]);
    const text = readFileSync(out, "utf8") + readFileSync(join(dir, "plain.accounts.csv"), "utf8");
    expect(text).toContain("Tesfay Gebremedhin Kidane");
    expect(text).toContain("070-123 45 67");
  });
});

describe("protectedPeople(db)", () => {
  it("protects the payers of seed transfers, not the account of a seed-account run", async () => {
    const { protectedPeople } = await import("../src/redact/protectedPeople.js");
    const db = await buildCase(join(tmpDir(), "seeds.duckdb"), accounts, transfers, fx);
    await addRun(db, "R1", ["T2"], [["T2", 4000, 0]]);
    await addRun(db, "R2", ["T8"], [["T8", 5900, 0]], "wallet:+251911234567");
    const people = await protectedPeople(db);
    db.close();
    expect(people.map((p) => p.accounts)).toEqual([["iban:DE89370400440532013000"]]);
    expect(people[0]!.names).toEqual(["Selam Berhe"]);
  });
});
