// Store a forward run: the engine's typed-array results go through appenders into scratch
// tables keyed by pos (trace_flows' processing order) / account_key; the tx ids of all of them
// are looked up once (trace/out_ids_fill), then one SQL statement per table stores them under
// tx ids and account ids. The old rows of the same run id are replaced, in one transaction.
import type { CaseDb } from "../db/connect.js";
import { allJson, exec } from "../db/sql.js";
import { appendColumns, pick } from "./appendColumns.js";
import { mark } from "./timing.js";
import type { Flows, TraceCore } from "./types.js";

export async function appendForward(db: CaseDb, flows: Flows, pos: Int32Array, r: TraceCore): Promise<void> {
  // Transfers that carried taint (or lost it to the horizon or the threshold), compacted.
  const idx = new Int32Array(flows.n);
  let m = 0;
  for (let i = 0; i < flows.n; i++) if (r.tainted[i]! > 0 || r.beyondHorizon[i]! > 0 || r.belowThreshold[i]! > 0) idx[m++] = i;
  await appendColumns(db, "trace_out_transfers", [
    pick(pos, idx, m, "i32"), pick(r.tainted, idx, m, "f64"), pick(r.taintedIn, idx, m, "f64"), pick(r.hop, idx, m, "i32"),
    pick(r.beyondHorizon, idx, m, "f64"), pick(r.belowThreshold, idx, m, "f64"), pick(r.fees, idx, m, "f64"),
  ], m);
  await appendNeeded(db, flows.n, pos, (mark) => {
    for (let k = 0; k < m; k++) mark[idx[k]!] = 1;
    const l = r.ledger;
    if (l) for (let j = 0; j < l.length; j++) {
      mark[l.outTx[j]!] = 1;
      if (l.inTx[j]! >= 0) mark[l.inTx[j]!] = 1;
    }
    for (const c of r.corrections) mark[c.tx] = 1;
    for (let a = 0; a < r.accTaintedIn.length; a++) {
      if (r.accTaintedIn[a]! > 0) { mark[r.accFirstTx[a]!] = 1; mark[r.accLastTx[a]!] = 1; }
    }
  });
  const mix = r.hopMix;
  if (mix.length) {
    const at = new Int32Array(mix.length);
    for (let j = 0; j < mix.length; j++) at[j] = pos[mix.tx[j]!]!;
    await appendColumns(db, "trace_out_hops", [at, mix.hop.subarray(0, mix.length), mix.amount.subarray(0, mix.length)], mix.length);
  }
  const A = r.accTaintedIn.length;
  const acc = new Int32Array(A);
  let k = 0;
  for (let a = 0; a < A; a++) if (r.accTaintedIn[a]! > 0) acc[k++] = a;
  // First and last seen as the pos of those transfers (their times come from trace_out_ids).
  const seen = (tx: Int32Array) => {
    const out = new Int32Array(k);
    for (let j = 0; j < k; j++) out[j] = pos[tx[acc[j]!]!]!;
    return out;
  };
  await appendColumns(db, "trace_out_accounts", [
    acc.slice(0, k), pick(r.accTaintedIn, acc, k, "f64"), pick(r.accTaintedOut, acc, k, "f64"), pick(r.accRetained, acc, k, "f64"),
    pick(r.accUnexplainedOut, acc, k, "f64"), pick(r.accExited, acc, k, "f64"), pick(r.accFirstHop, acc, k, "i32"),
    seen(r.accFirstTx), seen(r.accLastTx),
  ], k);
  const l = r.ledger;
  if (l && l.length) {
    const n = l.length;
    const outPos = new Int32Array(n), inPos = new Int32Array(n), origin = new Int32Array(n), hop = new Int32Array(n), seq = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      seq[j] = j + 1; // row order within the run (outflow order, then consumption order)
      outPos[j] = pos[l.outTx[j]!]!;
      inPos[j] = l.inTx[j]! >= 0 ? pos[l.inTx[j]!]! : -1;
      origin[j] = l.origin[j]!;
      hop[j] = l.hop[j]!;
    }
    await appendColumns(db, "trace_out_ledger", [
      l.account.subarray(0, n), outPos, inPos, origin, l.amount.subarray(0, n), l.tainted.subarray(0, n), hop,
      l.balanceBefore.subarray(0, n), l.taintedBefore.subarray(0, n), seq,
    ], n);
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
}

/**
 * List every transfer the results name (`fill` marks their indexes) as ascending positions in
 * trace_out_need, for trace/out_ids_fill.
 */
export async function appendNeeded(db: CaseDb, n: number, pos: Int32Array, fill: (mark: Uint8Array) => void): Promise<void> {
  const mark = new Uint8Array(n);
  fill(mark);
  let c = 0;
  for (let i = 0; i < n; i++) if (mark[i]) c++;
  const need = new Int32Array(c);
  c = 0;
  for (let i = 0; i < n; i++) if (mark[i]) need[c++] = pos[i]!;
  await appendColumns(db, "trace_out_need", [need], c);
}

const TABLES = ["runs", "accounts", "transfers", "ledger", "trajectories", "notes"];

/** Replace the run's stored rows with the scratch tables' contents (the caller holds a transaction). */
export async function storeScratch(db: CaseDb, runId: string): Promise<void> {
  await exec(db.conn, "trace/out_ids_fill");
  mark("store: ids");
  for (const t of TABLES) await exec(db.conn, `trace/delete_run_${t}`, { run_id: runId });
  mark("store: delete old rows of the run");
  const counts = (await allJson(db.conn, "trace/out_counts"))[0]!;
  for (const t of ["transfers", "accounts", "ledger", "notes"]) {
    if (Number(counts[t]) > 0) {
      await exec(db.conn, `trace/store_${t}`, { run_id: runId });
      mark(`store: ${t}`);
    }
  }
}
