// Store a forward run: the engine's typed-array results go through appenders into scratch
// tables keyed by load_seq / account_key, then one SQL statement per table joins them back to
// tx ids and account ids. The old rows of the same run id are replaced, in one transaction.
import type { CaseDb } from "../db/connect.js";
import { exec } from "../db/sql.js";
import { ORIGINS, type Flows, type TraceCore } from "./types.js";

export async function appendForward(db: CaseDb, flows: Flows, loadSeq: Float64Array, r: TraceCore): Promise<void> {
  const t = await db.conn.createAppender("trace_out_transfers", "main", "temp");
  for (let i = 0; i < flows.n; i++) {
    if (!(r.tainted[i]! > 0 || r.beyondHorizon[i]! > 0 || r.belowThreshold[i]! > 0)) continue;
    t.appendBigInt(BigInt(loadSeq[i]!));
    t.appendDouble(r.tainted[i]!);
    t.appendDouble(r.taintedIn[i]!);
    t.appendInteger(r.hop[i]!);
    const mix = r.hopMix.get(i);
    if (mix) {
      const hops: Record<string, number> = {};
      mix.forEach((v, h) => { if (v > 0) hops[String(h + 1)] = v; });
      t.appendVarchar(JSON.stringify(hops));
    } else t.appendNull();
    t.appendDouble(r.beyondHorizon[i]!);
    t.appendDouble(r.belowThreshold[i]!);
    t.appendDouble(r.fees[i]!);
    t.endRow();
  }
  t.closeSync();
  const a = await db.conn.createAppender("trace_out_accounts", "main", "temp");
  for (let k = 0; k < r.accTaintedIn.length; k++) {
    if (!(r.accTaintedIn[k]! > 0)) continue;
    a.appendInteger(k);
    a.appendDouble(r.accTaintedIn[k]!);
    a.appendDouble(r.accTaintedOut[k]!);
    a.appendDouble(r.accRetained[k]!);
    a.appendDouble(r.accUnexplainedOut[k]!);
    a.appendDouble(r.accExited[k]!);
    a.appendInteger(r.accFirstHop[k]!);
    a.appendDouble(flows.ts[r.accFirstTx[k]!]!);
    a.appendDouble(flows.ts[r.accLastTx[k]!]!);
    a.endRow();
  }
  a.closeSync();
  const l = r.ledger;
  if (l && l.length) {
    const app = await db.conn.createAppender("trace_out_ledger", "main", "temp");
    for (let k = 0; k < l.length; k++) {
      app.appendInteger(l.account[k]!);
      app.appendBigInt(BigInt(loadSeq[l.outTx[k]!]!));
      if (l.inTx[k]! >= 0) app.appendBigInt(BigInt(loadSeq[l.inTx[k]!]!));
      else app.appendNull();
      app.appendVarchar(ORIGINS[l.origin[k]!]!);
      app.appendDouble(l.amount[k]!);
      app.appendDouble(l.tainted[k]!);
      if (l.hop[k]! >= 0) app.appendInteger(l.hop[k]!);
      else app.appendNull();
      if (Number.isNaN(l.balanceBefore[k]!)) { app.appendNull(); app.appendNull(); }
      else { app.appendDouble(l.balanceBefore[k]!); app.appendDouble(l.taintedBefore[k]!); }
      app.endRow();
    }
    app.closeSync();
  }
  if (r.corrections.length) {
    const n = await db.conn.createAppender("trace_out_notes", "main", "temp");
    for (const c of r.corrections) {
      n.appendVarchar(c.kind);
      n.appendInteger(c.account);
      n.appendBigInt(BigInt(loadSeq[c.tx]!));
      n.appendDouble(c.amount);
      n.appendVarchar(JSON.stringify({ tainted: c.tainted }));
      n.endRow();
    }
    n.closeSync();
  }
}

const TABLES = ["runs", "accounts", "transfers", "ledger", "trajectories", "notes"];

/** Replace the run's stored rows with the scratch tables' contents (the caller holds a transaction). */
export async function storeScratch(db: CaseDb, runId: string): Promise<void> {
  for (const t of TABLES) await exec(db.conn, `trace/delete_run_${t}`, { run_id: runId });
  for (const t of ["transfers", "accounts", "ledger", "notes"]) await exec(db.conn, `trace/store_${t}`, { run_id: runId });
}
