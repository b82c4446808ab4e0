// Backward trace glue: load the reverse-reachable part of the case, run the pure backward core
// and put its results in the scratch tables (transfers: value that reached the target through
// them; accounts: what passed through; notes: origins). Returns the run's totals.
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { inputError } from "../errors.js";
import { backwardCore } from "./backwardCore.js";
import { loadAccounts, loadFlows, prepareSeeds } from "./loadFlows.js";
import { cents } from "./money.js";
import { appendNeeded } from "./storeForward.js";
import type { TraceRequest } from "./traceCase.js";

export async function backwardTrace(db: CaseDb, req: TraceRequest, until: number) {
  if (!["poison", "fifo", "lifo", "haircut"].includes(req.method)) {
    throw inputError("bad_method", "backward traces are defined for poison, fifo, lifo and haircut", { value: req.method });
  }
  const target = req.target!;
  const key = (await allJson(db.conn, "trace/account_key_of", { account: target }))[0];
  if (!key) throw inputError("unknown_account", "unknown target account", { value: target });
  await prepareSeeds(db, []);
  const accounts = await loadAccounts(db);
  const since = req.since ? Date.parse(`${req.since.replace(" ", "T")}Z`) / 1000 : -62135596800; // 0001-01-01
  const targetKey = Number(key.account_key);
  const { flows, pos } = await loadFlows(db, "trace/backward_flows", { target: targetKey, max_hops: req.maxHops, since, until, inferred: req.inferred });
  const r = backwardCore(flows, accounts, targetKey, since, { method: req.method, maxHops: req.maxHops, opening: req.opening });
  const accIn = new Map<number, number>(), accOut = new Map<number, number>(), first = new Map<number, number>(), last = new Map<number, number>();
  const t = await db.conn.createAppender("trace_out_transfers", "main", "temp");
  for (let i = 0; i < flows.n; i++) {
    if (r.hop[i]! < 0) continue;
    const v = r.reached[i]!;
    t.appendInteger(pos[i]!); t.appendDouble(v); t.appendDouble(v); t.appendInteger(r.hop[i]!);
    t.appendDouble(0); t.appendDouble(0); t.appendDouble(0); t.endRow();
    const a = flows.from[i]!, b = flows.to[i]!;
    accOut.set(a, (accOut.get(a) ?? 0) + v);
    accIn.set(b, (accIn.get(b) ?? 0) + v);
    for (const k of [a, b]) { if (!first.has(k)) first.set(k, i); last.set(k, i); }
  }
  t.closeSync();
  await appendNeeded(db, flows.n, pos, (mark) => { for (let i = 0; i < flows.n; i++) if (r.hop[i]! >= 0) mark[i] = 1; });
  const ap = await db.conn.createAppender("trace_out_accounts", "main", "temp");
  for (const k of [...first.keys()].sort((x, y) => x - y)) {
    const tin = accIn.get(k) ?? 0, tout = accOut.get(k) ?? 0;
    ap.appendInteger(k); ap.appendDouble(tin); ap.appendDouble(tout); ap.appendDouble(0); ap.appendDouble(0); ap.appendDouble(0);
    ap.appendInteger(0); ap.appendInteger(pos[first.get(k)!]!); ap.appendInteger(pos[last.get(k)!]!); ap.endRow();
  }
  ap.closeSync();
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
  const presented = { seeded: cents(r.total), retained: 0, exited: 0, beyond_horizon: 0, below_threshold: 0, fees: 0, unexplained_out: cents(byKind.unexplained ?? 0) };
  return { seeded: r.total, retained: 0, exited: 0, beyond_horizon: 0, below_threshold: 0, fees: 0, unexplained_out: byKind.unexplained ?? 0, origins_by_kind: byKind, presented };
}
