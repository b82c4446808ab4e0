// Loads canonical transfers/accounts CSVs straight into a case for evaluation and tests,
// amounts taken as already in the reporting currency. Not the ingest path (no quarantine,
// no provenance): real cases go through `flowtrace ingest`.
import type { CaseDb } from "../db/connect.js";
import { exec } from "../db/sql.js";

export async function loadCsvCase(db: CaseDb, files: { transfers: string; accounts?: string }): Promise<void> {
  if (files.accounts) await exec(db.conn, "detect/eval_load_accounts", { path: files.accounts });
  await exec(db.conn, "detect/eval_load_transfers", { path: files.transfers });
  await exec(db.conn, "detect/eval_load_missing_accounts");
}
