// How runs are stored: under integer keys (trace_*_rows) with the views trace_transfers,
// trace_accounts and trace_ledger putting ids on them; a version 1 case (those names were
// tables of ids) is moved over on first read-write open with every row as readers saw it; and
// a load_seq once given is never given again, since stored runs name transfers by it.
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { inTransaction, openCase, type CaseDb } from "../src/db/connect.js";
import { appendColumns, nullable } from "../src/trace/appendColumns.js";
import { allJson, exec } from "../src/db/sql.js";
import { cli, json } from "./util/cli.js";
import { makeCase } from "./util/case.js";

// Hop mixes (s4 carries taint of hops 1 and 2 under haircut), a terminal account (the agent),
// a shortfall (C spends more than it received: unexplained origin in the ledger) and a stated
// balance that reveals a hidden deposit (a note).
const transfers = `tx_id,timestamp,from_account,to_account,amount,currency,balance_after_from,balance_after_to
s1,2024-03-01T08:00:00Z,wallet:victim,wallet:A,10.00,USD,,
s2,2024-03-02T08:00:00Z,wallet:A,wallet:B,10.00,USD,,
s3,2024-03-03T08:00:00Z,wallet:victim2,wallet:B,10.00,USD,,
s4,2024-03-04T08:00:00Z,wallet:B,wallet:C,20.00,USD,,
s5,2024-03-05T08:00:00Z,wallet:C,agent:cash-1,5.00,USD,,
s6,2024-03-06T08:00:00Z,wallet:C,wallet:D,18.00,USD,,
s7,2024-03-07T08:00:00Z,wallet:D,wallet:E,4.00,USD,20.00,
`;
const accounts = `account_id,kind
agent:cash-1,cash
`;

const READS = {
  transfers: "SELECT * FROM trace_transfers ORDER BY run_id, tx_id",
  accounts: "SELECT * FROM trace_accounts ORDER BY run_id, account_id",
  ledger: "SELECT * FROM trace_ledger ORDER BY run_id, seq, out_tx, in_tx",
  notes: "SELECT * FROM trace_notes ORDER BY run_id, kind, account_id",
};

async function snapshot(db: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [k, q] of Object.entries(READS)) out[k] = (await cli(["sql", q, "--db", db, "--json"])).stdout;
  return out;
}

/** Turn a current case back into schema version 1: the views become tables of what they show. */
async function downgrade(path: string): Promise<void> {
  const inst = await DuckDBInstance.create(path);
  const c = await inst.connect();
  for (const t of ["trace_transfers", "trace_accounts", "trace_ledger"]) {
    await c.run(`CREATE TABLE ${t}_old AS SELECT * FROM ${t}`);
    await c.run(`DROP VIEW ${t}`);
    await c.run(`ALTER TABLE ${t}_old RENAME TO ${t}`);
  }
  for (const t of ["trace_transfer_rows", "trace_transfer_hops", "trace_account_rows", "trace_ledger_rows", "trace_run_keys"]) await c.run(`DROP TABLE ${t}`);
  await c.run("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
  await c.run("DELETE FROM meta WHERE key = 'schema_stamp'"); // version 1 never stamped its schema
  c.closeSync();
  inst.closeSync();
}

/** A fresh case of `transfers`, open for `work`, closed after it. */
async function withCase(work: (db: CaseDb) => Promise<void>): Promise<void> {
  const c = await makeCase({ transfers });
  const db = await openCase(c.db);
  try {
    await work(db);
  } finally {
    db.close();
  }
}

describe("stored runs", () => {
  it("show every result through the views, and a version 1 case moves over unchanged", async () => {
    const c = await makeCase({ transfers, accounts });
    const runs: string[] = [];
    for (const method of ["haircut", "fifo", "poison", "libr"]) {
      const doc = json(await cli(["trace", "--db", c.db, "--seed-tx", "s1,s3", "--method", method, "--json"]));
      runs.push(doc.run_id);
      if (method === "haircut") expect(doc.transfers.find((t: any) => t.tx_id === "s4")).toMatchObject({ hops: { "1": 10, "2": 10 } });
    }
    json(await cli(["trace", "--db", c.db, "--direction", "backward", "--seed-account", "wallet:D", "--method", "fifo", "--json"]));
    const before = await snapshot(c.db);
    // Every kind of row is there: hop mixes, NULL in_tx (unexplained), notes, first/last seen.
    expect(before.transfers).toContain('"hops": "{\\"1\\":10.0,\\"2\\":10.0}"');
    expect(json({ code: 0, stdout: before.ledger, stderr: "" }).rows.some((r: any) => r.in_tx === null && r.origin === "unexplained")).toBe(true);
    expect(json({ code: 0, stdout: before.notes, stderr: "" }).rows.length).toBeGreaterThan(0);
    expect(before.accounts).toContain('"first_seen": "2024-03-01 08:00:00"');
    const ledgerBefore = (await cli(["ledger", "--db", c.db, "--run", runs[1]!, "--json"])).stdout;

    await downgrade(c.db);
    expect(await snapshot(c.db)).toEqual(before); // version 1 readers saw the same (read-only opens do not migrate)
    const db = await openCase(c.db); // read-write: migrates
    const kinds = await allJson(db.conn, "case/meta_get", { key: "schema_version" });
    db.close();
    expect(kinds[0]!.value).toBe("2");
    expect(await snapshot(c.db)).toEqual(before);
    expect((await cli(["ledger", "--db", c.db, "--run", runs[1]!, "--json"])).stdout).toBe(ledgerBefore);
    const views = json(await cli(["sql", "SELECT table_name FROM information_schema.tables WHERE table_type = 'VIEW' AND table_name LIKE 'trace_%' ORDER BY 1", "--db", c.db, "--json"]));
    expect(views.rows.map((r: any) => r.table_name)).toEqual(["trace_accounts", "trace_ledger", "trace_transfers"]);
    // Tracing again replaces the migrated run (same run id) rather than adding to it.
    const again = json(await cli(["trace", "--db", c.db, "--seed-tx", "s1,s3", "--method", "haircut", "--json"]));
    expect(again.run_id).toBe(runs[0]);
    expect(await snapshot(c.db)).toEqual(before);
  });

  it("never gives a removed transfer's load_seq to a later one", async () => {
    await withCase(async (db) => {
      const high = Number((await allJson(db.conn, "hawala/next_load_seq"))[0]!.next) - 1;
      // As `flowtrace hawala` does before it removes the inferred transfers it added earlier.
      await exec(db.conn, "hawala/load_seq_high_keep");
      await db.conn.run(`DELETE FROM transfer_records WHERE load_seq = ${high}`);
      expect(Number((await allJson(db.conn, "hawala/next_load_seq"))[0]!.next)).toBe(high + 1);
      expect(Number((await allJson(db.conn, "ingest/source_next"))[0]!.seq_base)).toBe(high);
    });
  });

  it("appends results inside the run's transaction: a failure leaves no row behind", async () => {
    await withCase(async (db) => {
      const rows = 5000; // more than two data chunks
      const store = inTransaction(db, async () => {
        await appendColumns(db, "trace_transfer_rows", [
          new Int32Array(rows).fill(99), BigInt64Array.from({ length: rows }, (_, i) => BigInt(i + 1)), new Float64Array(rows).fill(1),
          new Float64Array(rows).fill(1), new Int32Array(rows), new Float64Array(rows), new Float64Array(rows), new Float64Array(rows),
        ], rows);
        throw new Error("injected failure after the append");
      });
      await expect(store).rejects.toThrow("injected failure");
      const n = await db.conn.runAndReadAll("SELECT count(*)::INTEGER AS n FROM trace_transfer_rows WHERE run_key = 99");
      expect(n.getRowObjectsJson()[0]!.n).toBe(0);
    });
  });

  it("stores the sentinels of nullable columns as NULL in every data chunk, and only those", async () => {
    await withCase(async (db) => {
      const rows = 5000; // three data chunks (2,048 + 2,048 + 904): NULLs in the first only, then in the last
      const inSeq = BigInt64Array.from({ length: rows }, (_, i) => (i < 10 || i === rows - 1 ? -1n : BigInt(i)));
      const hop = Int32Array.from({ length: rows }, (_, i) => (i % 1000 === 7 ? -1 : i % 5));
      const before = Float64Array.from({ length: rows }, (_, i) => (i >= 2048 && i < 4096 ? 1.5 : Number.NaN));
      await appendColumns(db, "trace_ledger_rows", [
        new Int32Array(rows).fill(77), new Int32Array(rows), BigInt64Array.from({ length: rows }, (_, i) => BigInt(i + 1)), nullable(inSeq),
        new Int32Array(rows), new Float64Array(rows).fill(2), new Float64Array(rows).fill(1), nullable(hop),
        nullable(before), nullable(before), BigInt64Array.from({ length: rows }, (_, i) => BigInt(i + 1)),
      ], rows);
      const r = (await db.conn.runAndReadAll(`SELECT count(*) FILTER (in_seq IS NULL)::INTEGER AS in_null,
          count(*) FILTER (hop IS NULL)::INTEGER AS hop_null, count(*) FILTER (balance_before IS NULL)::INTEGER AS bal_null,
          min(seq) FILTER (in_seq IS NULL)::INTEGER AS first_null, max(seq) FILTER (in_seq IS NULL)::INTEGER AS last_null,
          sum(hop)::INTEGER AS hops, sum(balance_before) AS bal
        FROM trace_ledger_rows WHERE run_key = 77`)).getRowObjectsJson()[0]!;
      const hopsExpected = Array.from(hop).reduce((a, h) => a + (h >= 0 ? h : 0), 0);
      expect(r).toEqual({ in_null: 11, hop_null: 5, bal_null: rows - 2048, first_null: 1, last_null: rows, hops: hopsExpected, bal: 2048 * 1.5 });
    });
  });
});
