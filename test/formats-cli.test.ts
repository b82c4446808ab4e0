// The formats end to end through `flowtrace ingest`: read = loaded + quarantined, the
// reconciliation line on stderr, known balances and read order in the case.
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";
import { fixture } from "./formats/stageFile.js";

async function query(db: string, sql: string) {
  const inst = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
  const conn = await inst.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJson();
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}

describe("flowtrace ingest --format mpesa", () => {
  it("loads a statement: rows add up, Failed/Reversed quarantined, reconciliation printed", async () => {
    const db = join(tmpDir(), "case.duckdb");
    const r = await cli(["ingest", fixture("mpesa-statement.csv"), "--db", db, "--currency", "KES", "--json"]);
    const out = json(r);
    expect(out.sources[0]).toMatchObject({ format: "mpesa", rows_read: 10, rows_loaded: 8, rows_quarantined: 2 });
    expect(r.stderr).toMatch(/reconciliation mpesa .*balances reconcile/);
    const rows = await query(db, "SELECT tx_id, ts::VARCHAR AS ts, balance_after_from::VARCHAR AS b FROM transfer_records ORDER BY ts, load_seq");
    // EAT → UTC, and the transfer is read before its charge (same completion time).
    expect(rows.slice(0, 3)).toEqual([
      { tx_id: "SBA1AAAAA1", ts: "2024-03-01 06:15:00", b: null },
      { tx_id: "SBA1AAAAA2", ts: "2024-03-01 07:02:11", b: "300.00" },
      { tx_id: "SBA1AAAAA2:charge", ts: "2024-03-01 07:02:11", b: "277.00" },
    ]);
    const q = await query(db, "SELECT source_row::INT AS row, reason_code FROM quarantine ORDER BY source_row");
    expect(q).toEqual([{ row: 2, reason_code: "not_completed" }, { row: 8, reason_code: "not_completed" }]);
    const a = await query(db, "SELECT kind FROM account_records WHERE account_id = 'service:mpesa-fees'");
    expect(a).toEqual([{ kind: "service" }]);
  });

  it("is auto-detected by its header, and a broken statement's difference is reported", async () => {
    const db = join(tmpDir(), "case.duckdb");
    const r = await cli(["ingest", fixture("mpesa-statement-broken.csv"), "--db", db, "--currency", "KES"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/mpesa/);
    expect(r.stderr).toMatch(/1 difference\(s\)[\s\S]*difference \+100\.00/);
  });
});

describe("flowtrace ingest with built-in and mapped layouts", () => {
  it("telebirr, mto and hawala files load with the guarantees of canonical ingest", async () => {
    const db = join(tmpDir(), "case.duckdb");
    // ETB/SEK/EUR/GBP/USD need rates into the reporting currency: report in ETB with a rate file.
    const rates = join(tmpDir(), "rates.csv");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(rates, "date,currency,rate_to_reporting\n2024-01-01,SEK,5.2\n2024-01-01,EUR,60.1\n2024-01-01,GBP,71.5\n2024-01-01,USD,56.5\n");
    const r1 = json(await cli(["ingest", rates, fixture("telebirr.csv"), fixture("mto.csv"), "--db", db, "--currency", "ETB", "--json"]));
    expect(r1.sources.map((s: any) => [s.format, s.rows_read, s.rows_loaded, s.rows_quarantined])).toEqual([
      ["canonical-fx", 4, 4, 0], ["telebirr", 4, 3, 1], ["mto", 3, 2, 1],
    ]);
    const r2 = json(await cli(["ingest", fixture("hawala.csv"), "--format", "hawala", "--owner", "hawala:Nairobi Abdi", "--db", db, "--json"]));
    expect(r2.sources[0]).toMatchObject({ format: "hawala", rows_read: 3, rows_loaded: 3, rows_quarantined: 0 });
  });

  it("bank-csv with --mapping FILE.json", async () => {
    const db = join(tmpDir(), "case.duckdb");
    const r = json(await cli(["ingest", fixture("bank-statement.csv"), "--format", "bank-csv", "--mapping", fixture("bank-statement.mapping.json"),
      "--owner", "iban:DE89370400440532013000", "--db", db, "--currency", "EUR", "--json"]));
    expect(r.sources[0]).toMatchObject({ format: "bank-csv", rows_read: 3, rows_loaded: 3, rows_quarantined: 0 });
  });
});

describe("one transfer in two parties' statements", () => {
  it("resolves the masked number to the other statement's owner and adds its balance, with an amendment trail", async () => {
    const db = join(tmpDir(), "case.duckdb");
    const r = await cli(["ingest", fixture("mpesa-pair-a.csv"), fixture("mpesa-pair-b.csv"), "--db", db, "--currency", "KES", "--json"]);
    expect(json(r).sources.map((s: any) => [s.rows_read, s.rows_loaded, s.rows_quarantined])).toEqual([[2, 2, 0], [2, 1, 1]]);
    expect(r.stderr).toMatch(/1 masked ids resolved to wallet:\+254733222444, 1 balances added/);
    const t = await query(db, "SELECT from_account, to_account, balance_after_from::VARCHAR AS bf, balance_after_to::VARCHAR AS bt FROM transfer_records WHERE tx_id = 'SBX1ZZZZZ1'");
    expect(t).toEqual([{ from_account: "wallet:+254722000111", to_account: "wallet:+254733222444", bf: "3000.00", bt: "2500.00" }]);
    const a = await query(db, "SELECT column_name, old_value, new_value, source_row::INT AS row FROM transfer_amendments ORDER BY column_name");
    expect(a).toEqual([
      { column_name: "balance_after_to", old_value: null, new_value: "2500.00", row: 2 },
      { column_name: "to_account", old_value: "masked:07******444", new_value: "wallet:+254733222444", row: 2 },
    ]);
    // The second statement's copy is merged into the loaded transfer (docs/ingest.md), not lost.
    const q = await query(db, "SELECT reason_code, value FROM quarantine");
    expect(q).toEqual([{ reason_code: "merged", value: "SBX1ZZZZZ1" }]);
  });

  it("does not touch a loaded transfer whose visible digits contradict the owner", async () => {
    const { maskFits } = await import("../src/ingest/formats/mergeCopies.js");
    expect(maskFits("masked:07******444", "wallet:+254733222444")).toBe(true);
    expect(maskFits("masked:07*****444", "wallet:+254733222444")).toBe(true);
    expect(maskFits("masked:07******445", "wallet:+254733222444")).toBe(false);
    expect(maskFits("masked:08******444", "wallet:+254733222444")).toBe(false);
  });
});
