// Round trip of the documents the generator writes (src/generate/raw/rawDocuments.ts): each
// M-Pesa statement PDF loads to exactly the transfers its CSV twin loads to (every column, every
// row; the CSV path is checked against transfers.csv by formats-generated.test.ts), with the
// same rows quarantined plus the rows printed twice at a page break; telebirr receipt pages and
// CBE receipt PDFs load to exactly the canonical transfers they were made from (CBE accounts
// masked as printed), and a masked CBE account links to its full account once the case holds
// it. Two scenarios, two seeds; the same seed writes the same bytes.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCaseFiles } from "../src/generate/generateCase.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const CASES = [{ scenario: "first-case", seed: 1 }, { scenario: "sold-on", seed: 2 }];
const root = tmpDir();
const dir = (c: { scenario: string; seed: number }) => join(root, `${c.scenario}-${c.seed}`);

async function rows(db: string, sql: string): Promise<Record<string, unknown>[]> {
  const inst = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
  const conn = await inst.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}

async function ingest(db: string, args: string[]): Promise<void> {
  json(await cli(["ingest", ...args, "--db", db, "--json", "--currency", "USD"]));
}

const raw = (c: (typeof CASES)[number], p: RegExp) => readdirSync(join(dir(c), "raw")).filter((f) => p.test(f)).sort().map((f) => join(dir(c), "raw", f));
const TRANSFER = `SELECT tx_id, ts::VARCHAR AS ts, from_account, to_account, amount::VARCHAR AS amount, currency, amount_received::VARCHAR AS amount_received,
  currency_received, channel, reference, balance_after_from::VARCHAR AS bf, balance_after_to::VARCHAR AS bt FROM transfer_records ORDER BY tx_id`;

beforeAll(async () => {
  for (const c of CASES) await generateCaseFiles({ ...c, out: dir(c) });
});

describe.each(CASES)("generated documents, $scenario seed $seed", (c) => {
  it("every M-Pesa statement PDF loads to exactly the transfers of its CSV twin", async () => {
    const pdfs = raw(c, /^mpesa-.*\.pdf$/);
    expect(pdfs.length).toBeGreaterThan(0);
    const pwFile = join(dir(c), "raw", "pdf-passwords.json");
    const passwords = existsSync(pwFile) ? JSON.parse(readFileSync(pwFile, "utf8")) as Record<string, string> : {};
    if (c.scenario === "first-case") expect(Object.keys(passwords).length).toBeGreaterThan(0);
    const csvDb = join(root, `${c.scenario}-csv.duckdb`);
    const pdfDb = join(root, `${c.scenario}-pdf.duckdb`);
    await ingest(csvDb, [join(dir(c), "fx.csv"), ...raw(c, /^mpesa-.*\.csv$/)]);
    await ingest(pdfDb, [join(dir(c), "fx.csv")]);
    for (const f of pdfs) {
      const name = f.slice(f.lastIndexOf("/") + 1);
      await ingest(pdfDb, [f, ...(passwords[name] ? ["--password", passwords[name]] : [])]);
    }
    const fromCsv = await rows(csvDb, TRANSFER);
    expect(fromCsv.length).toBeGreaterThan(10);
    expect(await rows(pdfDb, TRANSFER)).toEqual(fromCsv);
    const reasons = (db: string) => rows(db, "SELECT reason_code, count(*)::INTEGER AS n FROM quarantine GROUP BY 1 ORDER BY 1");
    const csvReasons = await reasons(csvDb);
    const pdfReasons = (await reasons(pdfDb)).filter((r) => r.reason_code !== "duplicate_page_row");
    expect(pdfReasons).toEqual(csvReasons);
    // Every PDF row has its page and line.
    const missing = await rows(pdfDb, `SELECT count(*)::INTEGER AS n FROM (SELECT source_id, source_row FROM transfer_records WHERE source_id > 1
      UNION ALL SELECT source_id, source_row FROM quarantine WHERE source_id > 1) r ANTI JOIN source_positions p USING (source_id, source_row)`);
    expect(missing[0]!.n).toBe(0);
  });

  it("telebirr receipt pages and CBE receipt PDFs load to exactly their canonical transfers", async () => {
    const telebirr = raw(c, /^telebirr-receipt-.*\.html$/);
    const cbe = raw(c, /^cbe-receipt-.*\.pdf$/);
    expect(telebirr.length + cbe.length).toBeGreaterThan(0);
    const db = join(root, `${c.scenario}-receipts.duckdb`);
    await ingest(db, [join(dir(c), "fx.csv"), ...telebirr, ...cbe]);
    const canonical = join(dir(c), "transfers.csv").replace(/'/g, "''");
    // CBE prints accounts as first digit, four stars, last four digits.
    const masked = (col: string) => `CASE WHEN t.channel = 'cbe-receipt' THEN regexp_replace(${col}, '/([0-9])[0-9]*([0-9]{4})$', '/\\1****\\2') ELSE ${col} END`;
    const diff = await rows(db, `SELECT t.tx_id FROM transfer_records t LEFT JOIN read_csv('${canonical}', all_varchar = true) c ON c.tx_id = t.tx_id
      WHERE c.tx_id IS NULL OR t.ts <> c."timestamp"::TIMESTAMPTZ OR t.from_account <> ${masked("c.from_account")} OR t.to_account <> ${masked("c.to_account")}
        OR t.amount <> c.amount::DECIMAL(18,2) OR t.currency <> c.currency OR t.amount_received <> c.amount_received::DECIMAL(18,2)
        OR t.currency_received <> c.currency_received OR coalesce(t.reference, '') <> coalesce(c.reference, '')`);
    expect(diff).toEqual([]);
    expect((await rows(db, "SELECT count(*)::INTEGER AS n FROM transfer_records"))[0]!.n).toBe(telebirr.length + cbe.length);
  });

  it("a masked CBE account links to its full account only when the case holds it (suffix, name, amount, day)", async () => {
    const cbe = raw(c, /^cbe-receipt-.*\.pdf$/);
    if (!cbe.length) return;
    const db = join(root, `${c.scenario}-links.duckdb`);
    await ingest(db, [join(dir(c), "fx.csv"), join(dir(c), "accounts.csv"), join(dir(c), "transfers.csv")]);
    await ingest(db, cbe);
    const canonical = join(dir(c), "transfers.csv").replace(/'/g, "''");
    // The receipts' transfers are already loaded (duplicate_tx); their accounts link, with evidence.
    const links = await rows(db, `SELECT l.masked_account, l.account_id, l.confidence, l.evidence,
        l.account_id IN (c.from_account, c.to_account) AS right_account
      FROM masked_account_links l JOIN quarantine q USING (source_id, source_row)
      JOIN read_csv('${canonical}', all_varchar = true) c ON c.tx_id = json_extract_string(q.raw, '$."Reference No."')`);
    expect(links.length).toBeGreaterThanOrEqual(cbe.length);
    for (const l of links) {
      expect(l.right_account, String(l.masked_account)).toBe(true);
      expect(l.confidence).toBeGreaterThan(0);
      expect(String(l.evidence)).toMatch(/holder name/);
    }
    // Nothing was substituted: no transfer names a masked account, the masked ids stay accounts of their own.
    expect((await rows(db, "SELECT count(*)::INTEGER AS n FROM account_records WHERE account_id LIKE '%*%'"))[0]!.n).toBeGreaterThan(0);
  });
});

describe("generated documents are reproducible", () => {
  it("the same seed writes the same PDF and HTML bytes", async () => {
    const c = CASES[0]!;
    const again = join(root, "again");
    await generateCaseFiles({ ...c, out: again });
    for (const f of readdirSync(join(dir(c), "raw")).filter((x) => /\.(pdf|html)$/.test(x))) {
      expect(readFileSync(join(again, "raw", f)).equals(readFileSync(join(dir(c), "raw", f))), f).toBe(true);
    }
  });
});
