// Store a run: the engine's typed-array results go straight into the result tables
// (trace_transfer_rows, trace_transfer_hops, trace_account_rows, trace_ledger_rows) under integer
// keys: the run's run_key, each transfer's load_seq, each account's account_key. The views
// trace_transfers, trace_accounts and trace_ledger put ids on them for every reader. The few
// notes go through a scratch table and SQL. All of it inside the caller's transaction.
import type { CaseDb } from "../db/connect.js";
import { allJson, exec } from "../db/sql.js";
import { appendColumns, CHUNK, ColumnAppender, nullable, pick, pickSeq, type SeqColumn } from "./appendColumns.js";
import type { Positions } from "./loadFlows.js";
import { mark } from "./timing.js";
import type { TraceCore, TxResults } from "./types.js";

/**
 * The run's key, with every row stored under it (or its id) before removed, so that storing
 * the same run again (same run id) replaces it.
 */
export async function replaceRun(db: CaseDb, runId: string): Promise<number> {
  const key = (await allJson(db.conn, "trace/run_key_of", { run_id: runId }))[0]
    ?? (await allJson(db.conn, "trace/run_key_add", { run_id: runId }))[0]!;
  const runKey = Number(key.run_key);
  for (const t of ["transfers", "hops", "accounts", "ledger"]) await exec(db.conn, `trace/delete_run_${t}`, { run_key: runKey });
  for (const t of ["trajectories", "notes", "runs"]) await exec(db.conn, `trace/delete_run_${t}`, { run_id: runId });
  mark("store: delete old rows of the run");
  return runKey;
}

const f64 = new Float64Array(0), i32 = new Int32Array(0), i64 = new BigInt64Array(0);
const TRANSFER_KINDS = [i32, i64, f64, f64, i32, f64, f64, f64];
const ACCOUNT_KINDS = [i32, i32, f64, f64, f64, f64, f64, i32, i64, i64];

/**
 * A forward run's per-transfer rows (trace_transfer_rows: the transfers that carried taint or
 * lost it to the horizon or the threshold), appended in pass order as they become final. The
 * overlapped pass hands over its rows between chunks of the read (`add`, in whole blocks of
 * `block` rows, by default one data chunk), so that a run with millions of them is mostly
 * stored by the time its pass ends; `finish` stores the rest.
 */
export class TransferRows {
  private stored = 0;
  private open = true;
  private runKeys: Int32Array;
  /** Rows stored before their pass had ended (by `add`, not `finish`). */
  storedEarly = 0;
  private constructor(private appender: ColumnAppender, runKey: number, private block: number) {
    this.runKeys = new Int32Array(CHUNK).fill(runKey);
  }

  static async open(db: CaseDb, runKey: number, block = CHUNK): Promise<TransferRows> {
    return new TransferRows(await ColumnAppender.open(db, "trace_transfer_rows", TRANSFER_KINDS), runKey, block);
  }

  /** Store rows up to `final` of `t` (whole blocks only, unless `all`); `seq`: load_seq by transfer. */
  add(t: TxResults, final: number, seq: SeqColumn, all = false): void {
    const block = this.block;
    const end = all ? final : this.stored + Math.floor((final - this.stored) / block) * block;
    for (let a = this.stored; a < end; a += CHUNK) {
      const b = Math.min(end, a + CHUNK), m = b - a, part = <T extends Float64Array | Int32Array>(x: T) => x.subarray(a, b) as T;
      this.appender.append([
        this.runKeys, pickSeq(seq, part(t.tx), m), part(t.tainted), part(t.taintedIn), part(t.hop),
        part(t.beyondHorizon), part(t.belowThreshold), part(t.fees),
      ], m);
      if (!all) this.storedEarly += m;
    }
    this.stored = Math.max(this.stored, end);
  }

  finish(t: TxResults, seq: SeqColumn): void {
    this.add(t, t.length, seq, true);
    this.close();
  }

  /**
   * Close without storing more. Before the transaction rolls back: an appender left open would
   * append its buffered rows whenever it is collected, outside the transaction.
   */
  close(): void {
    if (this.open) this.appender.close();
    this.open = false;
  }
}

/**
 * A forward run's results; `pos` and `seq` are each transfer's pos and load_seq. `rows`: the
 * run's transfer rows, if some were stored while the pass ran.
 */
export async function storeForward(db: CaseDb, runId: string, runKey: number, pos: Positions, seq: SeqColumn, r: TraceCore, rows?: TransferRows): Promise<void> {
  (rows ?? await TransferRows.open(db, runKey)).finish(r.tx, seq);
  mark("store: transfers");
  const mix = r.hopMix;
  await appendColumns(db, "trace_transfer_hops", [
    new Int32Array(mix.length).fill(runKey), pickSeq(seq, mix.tx, mix.length), mix.hop.subarray(0, mix.length), mix.amount.subarray(0, mix.length),
  ], mix.length);
  const A = r.accTaintedIn.length;
  const acc = new Int32Array(A);
  let k = 0;
  for (let a = 0; a < A; a++) if (r.accTaintedIn[a]! > 0) acc[k++] = a;
  // A block of rows at a time: copying every column for all of them at once (0.7M accounts
  // for poison at 10M transfers) maps 50 MB of fresh memory only to append it once.
  const accounts = await ColumnAppender.open(db, "trace_account_rows", ACCOUNT_KINDS);
  const runKeys = new Int32Array(CHUNK).fill(runKey);
  for (let start = 0; start < k; start += CHUNK) {
    const idx = acc.subarray(start, Math.min(k, start + CHUNK)), m = idx.length;
    // First and last seen as the load_seq of those transfers (the view gives their times).
    const seen = (tx: Int32Array) => pickSeq(seq, pick(tx, idx, m, "i32") as Int32Array, m);
    accounts.append([
      runKeys, idx, pick(r.accTaintedIn, idx, m, "f64"), pick(r.accTaintedOut, idx, m, "f64"), pick(r.accRetained, idx, m, "f64"),
      pick(r.accUnexplainedOut, idx, m, "f64"), pick(r.accExited, idx, m, "f64"), pick(r.accFirstHop, idx, m, "i32"),
      seen(r.accFirstTx), seen(r.accLastTx),
    ], m);
  }
  accounts.close();
  mark("store: accounts");
  const l = r.ledger;
  if (l && l.length) {
    const n = l.length;
    const order = new BigInt64Array(n);
    for (let j = 0; j < n; j++) order[j] = BigInt(j + 1); // row order within the run (outflow order, then consumption order)
    await appendColumns(db, "trace_ledger_rows", [
      new Int32Array(n).fill(runKey), l.account.subarray(0, n), pickSeq(seq, l.outTx, n), nullable(pickSeq(seq, l.inTx, n)),
      Int32Array.from(l.origin.subarray(0, n)), l.amount.subarray(0, n), l.tainted.subarray(0, n), nullable(Int32Array.from(l.hop.subarray(0, n))),
      nullable(l.balanceBefore.subarray(0, n)), nullable(l.taintedBefore.subarray(0, n)), order,
    ], n);
    mark("store: ledger");
  }
  if (r.corrections.length) {
    const notes = await db.conn.createAppender("trace_out_notes", "main", "temp");
    for (const c of r.corrections) {
      notes.appendVarchar(c.kind);
      notes.appendInteger(c.account);
      notes.appendInteger(pos.of(c.tx));
      notes.appendDouble(c.amount);
      notes.appendVarchar(JSON.stringify({ tainted: c.tainted }));
      notes.endRow();
    }
    notes.closeSync();
  }
  await storeNotes(db, runId);
}

/** Store the notes in trace_out_notes (if any) under ids. */
export async function storeNotes(db: CaseDb, runId: string): Promise<void> {
  const n = Number((await allJson(db.conn, "trace/out_notes_count"))[0]!.n);
  if (n > 0) await exec(db.conn, "trace/store_notes", { run_id: runId });
}
