// Backward trace glue: load the reverse-reachable part of the case, run the pure backward core
// and store its results under the run's key (transfers: value that reached the target through
// them; accounts: what passed through; notes: origins). Returns the run's totals. The caller
// holds the transaction.
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { inputError } from "../errors.js";
import { backwardCore } from "./backwardCore.js";
import { loadAccounts, loadFlows, prepareSeeds } from "./loadFlows.js";
import { METHOD_TRAITS, METHODS } from "./methods.js";
import { cents } from "./money.js";
import { appendColumns } from "./appendColumns.js";
import { storeNotes } from "./storeForward.js";
import type { TraceRequest } from "./traceRequest.js";

export async function backwardTrace(db: CaseDb, req: TraceRequest, until: number, runId: string, runKey: number) {
  if (!METHOD_TRAITS[req.method].backward) {
    const defined = METHODS.filter((m) => METHOD_TRAITS[m].backward);
    throw inputError("bad_method", `backward traces are defined for ${defined.slice(0, -1).join(", ")} and ${defined.at(-1)}`, { value: req.method });
  }
  const target = req.target!;
  const key = (await allJson(db.conn, "trace/account_key_of", { account: target }))[0];
  if (!key) throw inputError("unknown_account", "unknown target account", { value: target });
  await prepareSeeds(db, []);
  const accounts = await loadAccounts(db);
  const since = req.since ? Date.parse(`${req.since.replace(" ", "T")}Z`) / 1000 : -62135596800; // 0001-01-01
  const targetKey = Number(key.account_key);
  const { flows, seq } = await loadFlows(db, "trace/backward_flows", { target: targetKey, max_hops: req.maxHops, since, until, inferred: req.inferred });
  const r = backwardCore(flows, accounts, targetKey, since, { method: req.method, maxHops: req.maxHops, opening: req.opening });
  const accIn = new Map<number, number>(), accOut = new Map<number, number>(), first = new Map<number, number>(), last = new Map<number, number>();
  let m = 0;
  for (let i = 0; i < flows.n; i++) if (r.hop[i]! >= 0) m++;
  const txSeq = new BigInt64Array(m), reached = new Float64Array(m), hop = new Int32Array(m);
  m = 0;
  for (let i = 0; i < flows.n; i++) {
    if (r.hop[i]! < 0) continue;
    const v = r.reached[i]!;
    txSeq[m] = seq[i]!; reached[m] = v; hop[m++] = r.hop[i]!;
    const a = flows.from[i]!, b = flows.to[i]!;
    accOut.set(a, (accOut.get(a) ?? 0) + v);
    accIn.set(b, (accIn.get(b) ?? 0) + v);
    for (const k of [a, b]) { if (!first.has(k)) first.set(k, i); last.set(k, i); }
  }
  const zeros = new Float64Array(m);
  await appendColumns(db, "trace_transfer_rows", [new Int32Array(m).fill(runKey), txSeq, reached, reached, hop, zeros, zeros, zeros], m);
  const keys = Int32Array.from([...first.keys()].sort((x, y) => x - y));
  const K = keys.length;
  const col = (f: (k: number) => number) => Float64Array.from(keys, f);
  const none = new Float64Array(K);
  await appendColumns(db, "trace_account_rows", [
    new Int32Array(K).fill(runKey), keys, col((k) => accIn.get(k) ?? 0), col((k) => accOut.get(k) ?? 0), none, none, none,
    new Int32Array(K), BigInt64Array.from(keys, (k) => seq[first.get(k)!]!), BigInt64Array.from(keys, (k) => seq[last.get(k)!]!),
  ], K);
  const notes = await db.conn.createAppender("trace_out_notes", "main", "temp");
  const byKind: Record<string, number> = {};
  for (const [a, kinds] of r.origins) {
    for (const [kind, v] of kinds) {
      byKind[kind] = (byKind[kind] ?? 0) + v;
      notes.appendVarchar("origin"); notes.appendInteger(a); notes.appendNull(); notes.appendDouble(v);
      notes.appendVarchar(JSON.stringify({ origin: kind })); notes.endRow();
    }
  }
  notes.closeSync();
  await storeNotes(db, runId);
  const presented = { seeded: cents(r.total), retained: 0, exited: 0, beyond_horizon: 0, below_threshold: 0, fees: 0, unexplained_out: cents(byKind.unexplained ?? 0) };
  return { seeded: r.total, retained: 0, exited: 0, beyond_horizon: 0, below_threshold: 0, fees: 0, unexplained_out: byKind.unexplained ?? 0, origins_by_kind: byKind, presented };
}
