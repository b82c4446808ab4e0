// Store a run: the engine's typed-array results go straight into the result tables
// (trace_transfer_rows, trace_transfer_hops, trace_account_rows, trace_ledger_rows) under integer
// keys: the run's run_key, each transfer's load_seq, each account's account_key. The views
// trace_transfers, trace_accounts and trace_ledger put ids on them for every reader. The few
// notes go through a scratch table and SQL. All of it inside the caller's transaction.
import type { CaseDb } from "../db/connect.js";
import { allJson, exec } from "../db/sql.js";
import { appendColumns, nullable, pick, pickSeq } from "./appendColumns.js";
import { mark } from "./timing.js";
import type { TraceCore } from "./types.js";

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

/** A forward run's results; `pos` and `seq` are each transfer's pos and load_seq. */
export async function storeForward(db: CaseDb, runId: string, runKey: number, pos: Int32Array, seq: BigInt64Array, r: TraceCore): Promise<void> {
  // Transfers that carried taint (or lost it to the horizon or the threshold): the pass's rows.
  const t = r.tx, m = t.length;
  await appendColumns(db, "trace_transfer_rows", [
    new Int32Array(m).fill(runKey), pickSeq(seq, t.tx, m), t.tainted.subarray(0, m), t.taintedIn.subarray(0, m), t.hop.subarray(0, m),
    t.beyondHorizon.subarray(0, m), t.belowThreshold.subarray(0, m), t.fees.subarray(0, m),
  ], m);
  mark("store: transfers");
  const mix = r.hopMix;
  await appendColumns(db, "trace_transfer_hops", [
    new Int32Array(mix.length).fill(runKey), pickSeq(seq, mix.tx, mix.length), mix.hop.subarray(0, mix.length), mix.amount.subarray(0, mix.length),
  ], mix.length);
  const A = r.accTaintedIn.length;
  const acc = new Int32Array(A);
  let k = 0;
  for (let a = 0; a < A; a++) if (r.accTaintedIn[a]! > 0) acc[k++] = a;
  // First and last seen as the load_seq of those transfers (the view gives their times).
  const seen = (tx: Int32Array) => pickSeq(seq, pick(tx, acc, k, "i32") as Int32Array, k);
  await appendColumns(db, "trace_account_rows", [
    new Int32Array(k).fill(runKey), acc.slice(0, k), pick(r.accTaintedIn, acc, k, "f64"), pick(r.accTaintedOut, acc, k, "f64"), pick(r.accRetained, acc, k, "f64"),
    pick(r.accUnexplainedOut, acc, k, "f64"), pick(r.accExited, acc, k, "f64"), pick(r.accFirstHop, acc, k, "i32"),
    seen(r.accFirstTx), seen(r.accLastTx),
  ], k);
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
      notes.appendInteger(pos[c.tx]!);
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
