// Opening a case read-write applies sql/schema only when its files differ from the ones the
// case was stamped with: every command opens the case, and re-creating every view each time
// cost 35-80 ms at open and as much again in the checkpoint at close.
import { describe, expect, it } from "vitest";
import { openCase } from "../src/db/connect.js";
import { makeCase } from "./util/case.js";

/** The SQL of the view trace_accounts, or null when the case has none. */
async function viewSql(path: string): Promise<string | null> {
  const db = await openCase(path);
  try {
    const rows = (await db.conn.runAndReadAll("SELECT sql FROM duckdb_views() WHERE view_name = 'trace_accounts'")).getRowObjectsJson();
    return rows.length ? String(rows[0]!.sql) : null;
  } finally {
    db.close();
  }
}

async function onCase(path: string, sql: string): Promise<void> {
  const db = await openCase(path);
  try {
    await db.conn.run(sql);
  } finally {
    db.close();
  }
}

describe("opening a case", () => {
  it("leaves a current schema alone, and applies it again when the files changed", async () => {
    const c = await makeCase({ transfers: "tx_id,timestamp,from_account,to_account,amount,currency\nt1,2024-01-01T00:00:00Z,wallet:a,wallet:b,10.00,USD\n" });
    const original = await viewSql(c.db);
    expect(original).toContain("account_id");
    // A view changed by hand while the stamp is current: the open does not touch the schema.
    await onCase(c.db, "CREATE OR REPLACE VIEW trace_accounts AS SELECT 1 AS sentinel");
    expect(await viewSql(c.db)).toContain("sentinel");
    // A case stamped with other files (an older flowtrace) gets this version's schema.
    await onCase(c.db, "UPDATE meta SET value = 'older' WHERE key = 'schema_stamp'");
    expect(await viewSql(c.db)).toBe(original);
    // So does a case from before stamps, here without the view.
    await onCase(c.db, "DROP VIEW trace_accounts; DELETE FROM meta WHERE key = 'schema_stamp'");
    expect(await viewSql(c.db)).toBe(original);
  });
});
