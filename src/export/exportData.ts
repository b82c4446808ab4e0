// Everything an export writes, gathered once as plain rows: the case's transfers and accounts,
// or a trace run's traced transfers, touched accounts and allocation ledger. Every format is
// a pure function of these rows, so redaction can be applied to them once, before writing.
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { inputError } from "../errors.js";
import { listNotes } from "../casework/notes.js";

export type Row = Record<string, string | number | boolean | null>;

export interface ExportData {
  currency: string;
  run: { run_id: string; method: string; direction: string; options: string; seeds: string } | null;
  transfers: Row[];
  accounts: Row[];
  ledger: Row[];
  /** The investigator's standing notes (docs/casework.md): FtM Note entities, goAML comments. */
  notes?: Row[];
}

export const TRANSFER_COLUMNS = [
  "tx_id", "timestamp", "from_account", "to_account", "amount", "currency", "amount_received", "currency_received",
  "value_out", "value_in", "fx_rate", "fx_source", "channel", "reference", "inferred", "inferred_confidence",
  "inferred_evidence", "source_file", "source_sha256", "source_row", "tainted", "hop",
] as const;
export const ACCOUNT_COLUMNS = [
  "account_id", "kind", "holder_name", "institution", "country", "opening_balance", "entity_id", "entity_name",
  "tainted_in", "tainted_out", "retained", "exited", "first_hop",
] as const;
export const LEDGER_COLUMNS = ["account", "out_tx", "in_tx", "origin", "amount", "tainted", "hop", "out_inferred", "in_inferred"] as const;

export async function exportData(db: CaseDb, runId?: string): Promise<ExportData> {
  let run: ExportData["run"] = null;
  if (runId !== undefined) {
    run = ((await allJson(db.conn, "export/run", { run_id: runId }))[0] as ExportData["run"]) ?? null;
    if (!run) throw inputError("unknown_run", "no such trace run", { value: runId });
  }
  const params = { run_id: runId ?? null };
  return {
    currency: db.currency,
    run,
    transfers: (await allJson(db.conn, "export/transfers", params)) as Row[],
    accounts: (await allJson(db.conn, "export/accounts", params)) as Row[],
    ledger: runId === undefined ? [] : ((await allJson(db.conn, "export/ledger", { run_id: runId })) as Row[]),
    notes: (await listNotes(db)).map((n) => ({ note_id: n.note_id, target_kind: n.target_kind, target: n.target, label: n.label, text: n.text, author: n.created_by, at: n.created_at })),
  };
}
