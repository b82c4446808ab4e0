// The TEMP staging tables a format reader fills (columns documented in format.ts).
import type { CaseDb } from "../db/connect.js";
import { sqlText } from "../db/sql.js";

const TABLES = ["stage_transfers", "stage_accounts", "stage_fx", "stage_rejects", "stage_order"] as const;

/** Create (or empty, by recreating) the four staging tables on this connection. */
export async function createStagingTables(db: CaseDb): Promise<void> {
  for (const t of TABLES) await db.conn.run(sqlText(`ingest/${t}_create`));
}
