import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import { DuckDBInstance } from "@duckdb/node-api";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { addRun, buildCase } from "./fixtures/statements/buildCase.js";
import { accounts, fx, transfers } from "./fixtures/statements/family.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const dir = tmpDir();
const dbPath = join(dir, "case.duckdb");

beforeAll(async () => {
  const db = await buildCase(dbPath, [...accounts, { id: "wallet:+251955555555", kind: "mobile_money", name: "<script>alert(1)</script> & =HYPERLINK(\"x\")" }],
    [...transfers, { id: "T10", ts: "2024-06-01 00:00:00", from: "wallet:+251955555555", to: "cash:Addis Merkato", amount: 10, reference: "a\u0001b <b>" }], fx);
  await addRun(db, "R1", ["T1", "T3"], [["T1", 3950, 0], ["T3", 2178, 0], ["T8", 5900, 1]]);
  db.close();
});

const run = async (...args: string[]) => json(await cli(["export", "--db", dbPath, "--json", ...args]));

describe("export", () => {
  it("ftm writes FollowTheMoney entities whose every property is a list of strings", async () => {
    const out = join(dir, "case.ftm.jsonl");
    await run("--format", "ftm", "--out", out);
    const entities = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const schemas = new Set(entities.map((e) => e.schema));
    for (const s of ["Payment", "BankAccount", "UserAccount", "Person", "LegalEntity"]) expect(schemas).toContain(s);
    const ids = new Set(entities.map((e) => e.id));
    for (const e of entities) {
      expect(Object.keys(e).sort()).toEqual(["id", "properties", "schema"]);
      for (const v of Object.values(e.properties)) {
        expect(Array.isArray(v)).toBe(true);
        for (const x of v as unknown[]) expect(typeof x).toBe("string");
      }
    }
    const t1 = entities.find((e) => e.schema === "Payment" && e.properties.transactionNumber[0] === "T1");
    expect(t1.properties.amount).toEqual(["3950.00"]);
    for (const ref of ["payer", "payerAccount", "beneficiary", "beneficiaryAccount"]) expect(ids.has(t1.properties[ref][0])).toBe(true);
  });

  it("goaml writes well-formed XML with a transaction per transfer, markup in data escaped", async () => {
    const out = join(dir, "case.xml");
    const doc = await run("--format", "goaml", "--out", out);
    const xml = readFileSync(out, "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser().parse(xml);
    expect(parsed.report.transaction).toHaveLength(doc.transfers);
    const t3 = parsed.report.transaction.find((t: { transactionnumber: string }) => t.transactionnumber === "T3");
    expect(t3.amount_local).toBe(2178);
    expect(t3.t_from.from_foreign_currency.foreign_currency_code).toBe("EUR");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;");
  });

  it("arrow writes an IPC file that apache-arrow reads back, with the run's taint", async () => {
    const out = join(dir, "run.arrow");
    const doc = await run("--format", "arrow", "--out", out, "--run", "R1");
    expect(doc.files).toEqual([out, join(dir, "run.accounts.arrow"), join(dir, "run.ledger.arrow")]);
    const t = tableFromIPC(readFileSync(out));
    expect(t.numRows).toBe(3);
    const rows = t.toArray().map((r) => r.toJSON());
    expect(rows.map((r) => [r.tx_id, r.tainted, r.hop])).toEqual([["T3", 2178, 0], ["T1", 3950, 0], ["T8", 5900, 1]]);
    expect(tableFromIPC(readFileSync(join(dir, "run.ledger.arrow"))).numRows).toBe(3);
  });

  it("parquet writes typed files DuckDB reads back", async () => {
    const out = join(dir, "case.parquet");
    await run("--format", "parquet", "--out", out);
    const inst = await DuckDBInstance.create(":memory:");
    const conn = await inst.connect();
    const r = await conn.runAndReadAll(`SELECT tx_id, amount, typeof(amount) AS t FROM read_parquet('${out}') WHERE tx_id = 'T3'`);
    expect(r.getRowObjectsJson()).toEqual([{ tx_id: "T3", amount: "1980.00", t: "DECIMAL(18,2)" }]);
    conn.closeSync();
    inst.closeSync();
  });

  it("csv keeps text exactly and quotes what needs quoting", async () => {
    const out = join(dir, "case.csv");
    await run("--format", "csv", "--out", out);
    const accountsCsv = readFileSync(join(dir, "case.accounts.csv"), "utf8");
    expect(accountsCsv).toContain('"<script>alert(1)</script> & =HYPERLINK(""x"")"');
    expect(readFileSync(out, "utf8").split("\n")[0]).toMatch(/^tx_id,timestamp,from_account,to_account,amount,currency/);
  });

  it("graphml writes a directed graph of accounts and transfers", async () => {
    const out = join(dir, "case.graphml");
    await run("--format", "graphml", "--out", out);
    const xml = readFileSync(out, "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = new XMLParser({ ignoreAttributes: false }).parse(xml).graphml.graph;
    expect(g["@_edgedefault"]).toBe("directed");
    expect(g.edge).toHaveLength(transfers.length + 1);
  });

  it("next-steps lists, per hop, the institution and country that hold the records", async () => {
    const out = join(dir, "next.csv");
    const doc = await run("--format", "next-steps", "--out", out, "--run", "R1", "--jurisdiction", "SE");
    const rows = doc.next_steps.map((s: { hop: number; institution: string; country: string; request: string }) => [s.hop, s.institution, s.country, s.request.split(" ")[0]]);
    expect(rows).toEqual([
      [0, "telebirr", "ET", "FIU-to-FIU"],
      [0, "ABN AMRO", "NL", "FIU-to-FIU"],
      [0, "SEB", "SE", "production"],
      [1, "e& money", "AE", "FIU-to-FIU"],
    ]);
    expect(readFileSync(out, "utf8")).toContain("e& money");
    const noRun = await cli(["export", "--db", dbPath, "--format", "next-steps", "--out", out]);
    expect(noRun.code).toBe(1);
  });

  it("is deterministic: the same export twice is byte-identical", async () => {
    for (const format of ["ftm", "goaml", "graphml", "arrow", "parquet"]) {
      const a = join(dir, `d1.${format}`);
      const b = join(dir, `d2.${format}`);
      await run("--format", format, "--out", a, "--run", "R1");
      await run("--format", format, "--out", b, "--run", "R1");
      expect(readFileSync(a).equals(readFileSync(b)), format).toBe(true);
    }
  });

  it("an unknown run exits 1", async () => {
    const r = await cli(["export", "--db", dbPath, "--format", "csv", "--out", join(dir, "x.csv"), "--run", "nope"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nope");
  });
});
