// The shared step after a format has staged a file: check and convert every staged row in
// SQL (check*), then load the good ones and quarantine the rest with a reason (load*). Same
// checks for every format. Checks only write TEMP tables; loads write the case.
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

type Kind = "fx" | "accounts" | "transfers";
// FX first, then accounts, then transfers: a file holding several kinds values its own transfers.
const KINDS: Kind[] = ["fx", "accounts", "transfers"];

export async function stagedCounts(db: CaseDb): Promise<StagedCounts> {
  const r = (await allJson(db.conn, "ingest/stage_counts"))[0]!;
  return {
    transfers: Number(r.transfers), accounts: Number(r.accounts), fx: Number(r.fx),
    rejects: Number(r.rejects), repeatedRows: Number(r.repeated_rows),
  };
}

/** Row order only matters while staging (row numbers); afterwards every row carries its
 *  source_row, and keeping order would make DuckDB check and insert transfers on one thread. */
async function unordered<T>(db: CaseDb, work: () => Promise<T>): Promise<T> {
  await exec(db.conn, "ingest/insertion_order_set", { keep: false });
  try {
    return await work();
  } finally {
    await exec(db.conn, "ingest/insertion_order_set", { keep: true });
  }
}

/** Transfers are written with FSST strings (see
 *  sql/ingest/string_compression_set.sql): DuckDB trying every method on every string segment
 *  cost ~a fifth of the insert. The session's setting is restored afterwards. */
async function fsstStrings<T>(db: CaseDb, work: () => Promise<T>): Promise<T> {
  const previous = String((await allJson(db.conn, "ingest/string_compression_get"))[0]!.method);
  await exec(db.conn, "ingest/string_compression_set", { method: "fsst" });
  try {
    return await work();
  } finally {
    await exec(db.conn, "ingest/string_compression_set", { method: previous });
  }
}

async function check(db: CaseDb, kind: Kind, p: ValidateParams): Promise<void> {
  const { conn } = db;
  if (kind === "fx") await exec(conn, "ingest/fx_check", { default_source: p.defaultFxSource });
  if (kind === "accounts") await exec(conn, "ingest/accounts_check");
  if (kind === "transfers") {
    await unordered(db, async () => {
      await exec(conn, "ingest/fx_day_rates_create", { reporting: db.currency, rate_source: p.rateSource });
      await conn.run(sqlText("ingest/fx_last_rates_create"));
      await exec(conn, "ingest/transfers_check", { reporting: db.currency });
      await exec(conn, "ingest/transfers_dedupe");
    });
  }
}

async function load(db: CaseDb, kind: Kind, p: ValidateParams): Promise<void> {
  const { conn } = db;
  const source_id = p.sourceId;
  if (kind === "fx") {
    await exec(conn, "ingest/fx_insert", { source_id });
    await exec(conn, "ingest/fx_quarantine", { source_id });
  }
  if (kind === "accounts") {
    await exec(conn, "ingest/accounts_insert", { source_id });
    await exec(conn, "ingest/accounts_quarantine", { source_id });
  }
  if (kind === "transfers") {
    await fsstStrings(db, () => unordered(db, () => exec(conn, "ingest/transfers_insert", { source_id, seq_base: p.seqBase })));
    await exec(conn, "ingest/transfers_quarantine", { source_id, reporting: db.currency });
    await exec(conn, "ingest/accounts_autocreate");
  }
}

const present = (counts: StagedCounts) => KINDS.filter((k) => counts[k] > 0);

/** Check every staged kind (TEMP tables only: may run outside the load transaction). */
export async function checkStaged(db: CaseDb, counts: StagedCounts, p: ValidateParams): Promise<void> {
  for (const kind of present(counts)) await check(db, kind, p);
}

/** Load what checkStaged decided, and quarantine the rest (inside the load transaction). */
export async function loadChecked(db: CaseDb, counts: StagedCounts, p: ValidateParams): Promise<void> {
  for (const kind of present(counts)) await load(db, kind, p);
  if (counts.rejects > 0) await exec(db.conn, "ingest/rejects_quarantine", { source_id: p.sourceId });
}

/** Check and load kind by kind, so that a file's own FX rates value its own transfers. */
export async function validateStaged(db: CaseDb, counts: StagedCounts, p: ValidateParams): Promise<void> {
  for (const kind of present(counts)) {
    await check(db, kind, p);
    await load(db, kind, p);
  }
  if (counts.rejects > 0) await exec(db.conn, "ingest/rejects_quarantine", { source_id: p.sourceId });
}
