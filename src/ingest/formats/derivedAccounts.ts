// Accounts readers learn from transfer rows (statement owners, named counterparties, provider
// fee accounts): collected in stage_derived_accounts and added to the case without counting as
// rows of the file (see sql/ingest/formats/derived_apply.sql).
import type { CaseDb } from "../../db/connect.js";
import { exec, sqlText } from "../../db/sql.js";

export async function createDerivedAccounts(db: CaseDb): Promise<void> {
  await db.conn.run(sqlText("ingest/formats/derived_create"));
}

export async function applyDerivedAccounts(db: CaseDb): Promise<void> {
  await exec(db.conn, "ingest/formats/derived_apply");
}
