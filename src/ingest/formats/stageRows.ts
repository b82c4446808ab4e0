// Appending rows that a reader parsed in JS (XML, SWIFT, XLSX, SMS text) to the staging tables,
// with the DuckDB appender: one columnar append per file, no per-row SQL.
import type { CaseDb } from "../../db/connect.js";

export interface StagedTransfer {
  source_row: number;
  raw: string | null;
  tx_id: string | null;
  timestamp: string | null;
  from_account: string | null;
  to_account: string | null;
  amount: string | null;
  currency: string | null;
  amount_received?: string | null;
  currency_received?: string | null;
  channel?: string | null;
  reference?: string | null;
  balance_after_from?: string | null;
  balance_after_to?: string | null;
}

export interface StagedReject {
  source_row: number;
  raw: string | null;
  column_name: string | null;
  value: string | null;
  reason_code: string;
  reason: string;
}

const TRANSFER_COLUMNS = ["tx_id", "timestamp", "from_account", "to_account", "amount", "currency", "amount_received",
  "currency_received", "channel", "reference", "balance_after_from", "balance_after_to"] as const;
const REJECT_COLUMNS = ["column_name", "value", "reason_code", "reason"] as const;

export async function appendTransfers(db: CaseDb, rows: StagedTransfer[]): Promise<void> {
  await append(db, "stage_transfers", rows as unknown as Row[], TRANSFER_COLUMNS);
}

export async function appendRejects(db: CaseDb, rows: StagedReject[]): Promise<void> {
  await append(db, "stage_rejects", rows as unknown as Row[], REJECT_COLUMNS);
}

type Row = Record<string, string | number | null | undefined>;

async function append(db: CaseDb, table: string, rows: Row[], columns: readonly string[]): Promise<void> {
  if (!rows.length) return;
  const appender = await db.conn.createAppender(table, "main", "temp");
  for (const row of rows) {
    appender.appendBigInt(BigInt(row.source_row as number));
    appendText(appender, row.raw);
    for (const c of columns) appendText(appender, row[c]);
    appender.endRow();
  }
  appender.closeSync();
}

function appendText(appender: { appendVarchar(v: string): void; appendNull(): void }, v: unknown): void {
  if (v === null || v === undefined) appender.appendNull();
  else appender.appendVarchar(String(v));
}

export interface DerivedAccount {
  account_id: string;
  kind: string;
  id_type?: string | null;
  holder_name?: string | null;
  institution?: string | null;
  country?: string | null;
  first_row: number;
}

/** Accounts learnt from transfer rows (see derivedAccounts.ts): not rows of the file. */
export async function appendDerived(db: CaseDb, rows: DerivedAccount[]): Promise<void> {
  if (!rows.length) return;
  const appender = await db.conn.createAppender("stage_derived_accounts", "main", "temp");
  for (const r of rows) {
    for (const v of [r.account_id, r.kind, r.id_type, r.holder_name, r.institution, r.country]) appendText(appender, v);
    appender.appendBigInt(BigInt(r.first_row));
    appender.endRow();
  }
  appender.closeSync();
}
