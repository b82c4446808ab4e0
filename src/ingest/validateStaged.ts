// The shared step after a format has staged a file: check and convert every staged row in
// SQL, load the good ones and quarantine the rest with a reason. Same checks for every format.
import type { CaseDb } from "../db/connect.js";
import { allJson, exec, sqlText } from "../db/sql.js";

export interface ValidateParams {
  sourceId: number;
  /** load_seq of the case's last transfer; this file's continue from it. */
  seqBase: bigint;
  /** Only FX rates from this source (NULL: any; the last loaded wins among same-day rates). */
  rateSource: string | null;
  /** rate_source for FX rows whose file declares none (the file name). */
  defaultFxSource: string;
}

export interface StagedCounts {
  transfers: number;
  accounts: number;
  fx: number;
  rejects: number;
  repeatedRows: number;
}

export async function stagedCounts(db: CaseDb): Promise<StagedCounts> {
  const r = (await allJson(db.conn, "ingest/stage_counts"))[0]!;
  return {
    transfers: Number(r.transfers), accounts: Number(r.accounts), fx: Number(r.fx),
    rejects: Number(r.rejects), repeatedRows: Number(r.repeated_rows),
  };
}

export async function validateStaged(db: CaseDb, counts: StagedCounts, p: ValidateParams): Promise<void> {
  const { conn } = db;
  const source_id = p.sourceId;
  // FX first, then accounts, then transfers: a file holding several kinds values its own transfers.
  if (counts.fx > 0) {
    await exec(conn, "ingest/fx_check", { default_source: p.defaultFxSource });
    await exec(conn, "ingest/fx_insert", { source_id });
    await exec(conn, "ingest/fx_quarantine", { source_id });
  }
  if (counts.accounts > 0) {
    await exec(conn, "ingest/accounts_check");
    await exec(conn, "ingest/accounts_insert", { source_id });
    await exec(conn, "ingest/accounts_quarantine", { source_id });
  }
  if (counts.transfers > 0) {
    await exec(conn, "ingest/fx_day_rates_create", { reporting: db.currency, rate_source: p.rateSource });
    await conn.run(sqlText("ingest/fx_last_rates_create"));
    await exec(conn, "ingest/transfers_check", { reporting: db.currency });
    await exec(conn, "ingest/transfers_dedupe");
    await exec(conn, "ingest/insertion_order_set", { keep: false });
    try {
      await exec(conn, "ingest/transfers_insert", { source_id, seq_base: p.seqBase });
    } finally {
      await exec(conn, "ingest/insertion_order_set", { keep: true });
    }
    await exec(conn, "ingest/transfers_quarantine", { source_id, reporting: db.currency });
    await exec(conn, "ingest/accounts_autocreate");
  }
  if (counts.rejects > 0) await exec(conn, "ingest/rejects_quarantine", { source_id });
}
