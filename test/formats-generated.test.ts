// The generator's raw records (src/generate/raw, docs/scenarios.md) ingest with the format
// readers, every row accounted for, statements reconciling, and where a raw record and the
// canonical transfers.csv describe the same money (same id) they agree: time, amount, parties.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCaseFiles } from "../src/generate/generateCase.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";
import { queryReadOnly } from "./util/readOnly.js";

const out = join(tmpDir(), "case");
const db = join(tmpDir(), "raw.duckdb");
const reports: { file: string; format: string; rows_read: number; rows_loaded: number; rows_quarantined: number }[] = [];
let stderr = "";
const owners = new Map<string, string>();

function rows(sql: string): Promise<Record<string, any>[]> {
  return queryReadOnly(db, sql);
}

async function ingest(args: string[]): Promise<void> {
  const r = await cli(["ingest", ...args, "--db", db, "--json"]);
  stderr += r.stderr;
  for (const s of json(r).sources) reports.push({ file: s.path, ...s });
}

beforeAll(async () => {
  await generateCaseFiles({ scenario: "sold-on", seed: 3, out });
  const raw = (p: RegExp) => readdirSync(join(out, "raw")).filter((f) => p.test(f)).sort().map((f) => join(out, "raw", f));
  // Operators' exports first: they name the sender of money that statements show arriving.
  await ingest([join(out, "fx.csv"), ...raw(/^mto-.*\.csv$/), ...raw(/^mpesa-.*\.csv$/), ...raw(/^telebirr-.*\.csv$/), "--currency", "USD"]);
  // A ledger's keeper is named in full (with the city) as the canonical files name the broker.
  const canonical = readFileSync(join(out, "transfers.csv"), "utf8");
  for (const f of raw(/^hawala-.*\.csv$/)) {
    const entry = readFileSync(f, "utf8").split("\n")[1]!.split(",")[0]!;
    const line = canonical.split("\n").find((l) => l.startsWith(`${entry},`))!;
    const broker = /hawala:([^/]+)\//.exec(line)![1]!;
    await ingest([f, "--format", "hawala", "--owner", `hawala:${broker}`]);
    owners.set(f, `hawala:${broker}`);
  }
  for (const f of raw(/^bank-.*\.csv$/)) await ingest([f, "--format", "bank-csv", "--mapping", join(out, "raw", "bank-mapping.json")]);
}, 120_000);

describe("generated raw records (sold-on, seed 3)", () => {
  it("every raw file loads, every row accounted for; quarantine only for rows that moved no money or were already loaded", async () => {
    expect(reports.length).toBeGreaterThan(15);
    for (const r of reports) expect(r.rows_read, r.file).toBe(r.rows_loaded + r.rows_quarantined);
    const reasons = await rows("SELECT DISTINCT reason_code FROM quarantine ORDER BY 1");
    // A row already loaded from another record is merged into it (reason merged), never a second transfer.
    expect(reasons.map((r) => r.reason_code)).toEqual(["merged", "not_completed"]);
  });

  it("every statement's balances reconcile", () => {
    const lines = stderr.split("\n").filter((l) => l.startsWith("reconciliation"));
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) expect(l).toMatch(/balances reconcile$/);
  });

  it("agrees with the canonical transfers: same ids have the same time, amount and (unmasked) parties", async () => {
    const csv = join(out, "transfers.csv").replace(/'/g, "''");
    const r = await rows(`
      WITH c AS (SELECT * FROM read_csv('${csv}', all_varchar = true))
      SELECT s.format, t.tx_id, t.ts::VARCHAR AS ts, c."timestamp" AS c_ts, t.amount::VARCHAR AS amount, t.amount_received::VARCHAR AS received,
             t.currency, t.currency_received, c.amount AS c_amount, c.amount_received AS c_received, c.currency AS c_currency,
             c.currency_received AS c_currency_received, t.from_account, c.from_account AS c_from, t.to_account, c.to_account AS c_to
      FROM transfer_records t JOIN sources s USING (source_id)
      JOIN c ON c.tx_id = t.tx_id
      WHERE s.format <> 'canonical-fx'`);
    expect(r.length).toBeGreaterThan(300);
    for (const x of r) {
      const what = `${x.format} ${x.tx_id}`;
      expect(Date.parse(`${x.ts}Z`), what).toBe(x.format === "hawala" || x.format === "bank-csv" ? Date.parse(`${x.c_ts.slice(0, 10)}T00:00:00Z`) : Date.parse(x.c_ts));
      // Each record shows the money in its own currency: the sender's statement what left, the
      // receiver's what arrived. An operator's sent amount includes its fee (fee_mode added).
      if (x.currency_received === x.c_currency_received) expect(x.received, what).toBe(Number(x.c_received).toFixed(2));
      if (x.currency === x.c_currency && x.format === "mto") expect(Number(x.amount), what).toBeGreaterThanOrEqual(Number(x.c_amount));
      else if (x.currency === x.c_currency) expect(x.amount, what).toBe(Number(x.c_amount).toFixed(2));
      // A local number read without its country (a ledger's phones, no --country) stays as written.
      const wallet = (a: string) => a.startsWith("wallet:+");
      if (wallet(x.from_account) && wallet(x.c_from)) expect(x.from_account, what).toBe(x.c_from);
      if (wallet(x.to_account) && wallet(x.c_to)) expect(x.to_account, what).toBe(x.c_to);
    }
    // A ledger's client position is the canonical hawala:<broker>/<client> account.
    const legs = r.filter((y) => y.format === "hawala");
    expect(legs.length).toBeGreaterThan(0);
    for (const x of legs) {
      const mine = [x.from_account, x.to_account].find((a: string) => a.startsWith("hawala:"));
      expect(mine, x.tx_id).toBe([x.c_from, x.c_to].find((a: string) => a.startsWith("hawala:")));
    }
    // telebirr records name both parties: all of them agree, agents and merchants included.
    for (const x of r.filter((y) => y.format === "telebirr")) expect([x.from_account, x.to_account]).toEqual([x.c_from, x.c_to]);
  });

  it("a transfer in both parties' statements gets both real wallets and both balances (amendments)", async () => {
    const a = await rows("SELECT column_name, count(*)::INT AS n FROM transfer_amendments GROUP BY 1 ORDER BY 1");
    expect(a.find((x) => x.column_name === "to_account" || x.column_name === "from_account")?.n ?? 0).toBeGreaterThan(0);
    const unresolved = await rows(`SELECT count(*)::INT AS n FROM transfer_amendments m JOIN transfer_records t USING (tx_id)
      WHERE m.column_name IN ('from_account', 'to_account') AND (t.from_account LIKE 'masked:%' AND t.to_account LIKE 'masked:%')`);
    expect(unresolved[0]!.n).toBe(0);
  });

  it("a hawala ledger as XLSX gives the same transfers as its CSV twin", async () => {
    const [csvFile, owner] = [...owners.entries()][0]!;
    const xlsxDb = join(tmpDir(), "xlsx.duckdb");
    json(await cli(["ingest", join(out, "fx.csv"), "--db", xlsxDb, "--currency", "USD", "--json"]));
    const x = await cli(["ingest", csvFile.replace(/\.csv$/, ".xlsx"), "--format", "hawala", "--owner", owner, "--db", xlsxDb, "--json"]);
    expect(json(x).sources[0]).toMatchObject({ format: "hawala", rows_quarantined: 0 });
    const pick = "SELECT tx_id, ts::VARCHAR AS ts, from_account, to_account, amount::VARCHAR AS amount, currency FROM transfer_records WHERE channel = 'hawala' ORDER BY tx_id";
    const inst = await DuckDBInstance.create(xlsxDb, { access_mode: "READ_ONLY" });
    const conn = await inst.connect();
    const fromXlsx = (await conn.runAndReadAll(pick)).getRowObjectsJson();
    conn.closeSync();
    inst.closeSync();
    const fromCsv = (await rows(pick.replace("WHERE channel = 'hawala'", `WHERE source_id = (SELECT source_id FROM sources WHERE path = '${csvFile.replace(/'/g, "''")}')`)));
    expect(fromXlsx.length).toBeGreaterThan(0);
    expect(fromXlsx).toEqual(fromCsv);
  });

  it("masked counterparties stay masked and match the real number's visible digits", async () => {
    const m = await rows("SELECT DISTINCT to_account AS a FROM transfer_records WHERE to_account LIKE 'masked:%' UNION SELECT DISTINCT from_account FROM transfer_records WHERE from_account LIKE 'masked:%'");
    expect(m.length).toBeGreaterThan(0);
    for (const { a } of m) expect(a).toMatch(/^masked:0\d\*+\d{3}$/);
    expect(readFileSync(join(out, "transfers.csv"), "utf8")).not.toContain("masked:");
  });
});
