// Trajectories (docs/spec/tracing-semantics.md): the trace decomposed into seed -> ... -> where the
// money stopped, with amount and duration. Enumerating every trajectory can explode (paths grow
// with every hop), so this is a best-first search over the allocation links that the trace
// already computed: pieces are expanded largest first, so the k largest trajectories come out
// in order, and whatever is not among them is one remainder row per end kind, so that the
// trajectories still add up to the trace's totals.
import { listValue } from "@duckdb/node-api";
import type { Positions } from "./loadFlows.js";
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { rowOf } from "./txResults.js";
import type { AccountTable, Flows, TraceCore } from "./types.js";
import { edgesOf, linkIndex } from "./trajectoryLinks.js";

export type EndKind = "retained" | "exited" | "beyond_horizon" | "below_threshold" | "fees";
/** A trajectory's duration (its last transfer's time minus its seed's) is computed when it is stored. */
export interface Trajectory { path: number[]; endAccount: number; endKind: EndKind; amount: number }
export interface TrajectorySet { top: Trajectory[]; remainder: Map<EndKind, number> }

// Work bounds: the search stops (and the rest goes to the remainder rows) after this many
// expanded pieces or followed links, so a trace over millions of transfers stays fast.
const MAX_EXPANSIONS = 200_000;
const MAX_LINKS = 2_000_000;
const DUST = 1e-9;

export function trajectories(f: Flows, acc: AccountTable, core: TraceCore, k: number): TrajectorySet {
  const links = linkIndex(f, core);
  // Search nodes: a piece of taint sitting in the lot of transfer `tx`, reached by a path.
  const parent: number[] = [], tx: number[] = [], amount: number[] = [], len: number[] = [];
  const heap: number[] = []; // node ids, max-heap by amount
  const ends: Trajectory[] = [];
  const byKind = new Map<EndKind, number>();
  const push = (p: number, t: number, a: number, l: number) => {
    const id = tx.length;
    parent.push(p); tx.push(t); amount.push(a); len.push(l);
    heap.push(id);
    for (let i = heap.length - 1; i > 0;) {
      const up = (i - 1) >> 1;
      if (amount[heap[up]!]! >= amount[heap[i]!]!) break;
      [heap[up], heap[i]] = [heap[i]!, heap[up]!];
      i = up;
    }
  };
  const pop = (): number => {
    const top = heap[0]!, last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < heap.length && amount[heap[l]!]! > amount[heap[m]!]!) m = l;
        if (r < heap.length && amount[heap[r]!]! > amount[heap[m]!]!) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i]!, heap[m]!];
        i = m;
      }
    }
    return top;
  };
  const pathOf = (node: number): number[] => {
    const p: number[] = [];
    for (let n = node; n >= 0; n = parent[n]!) p.push(tx[n]!);
    return p.reverse();
  };
  // An end is a search node too (tx = the last transfer, amount = what stopped there), marked by kind.
  const endKind = new Map<number, [EndKind, number]>();
  const pushEnd = (p: number, t: number, a: number, kind: EndKind, account: number) => {
    if (!(a > DUST)) return;
    push(p, t, a, len[p] ?? 0);
    endKind.set(tx.length - 1, [kind, account]);
  };
  const rows = core.tx;
  for (let k = 0; k < rows.length; k++) if (f.seed[rows.tx[k]!] && rows.taintedIn[k]! > 0) push(-1, rows.tx[k]!, rows.taintedIn[k]!, 0);
  const below = (t: number) => { const k = rowOf(rows, t); return k >= 0 && rows.belowThreshold[k]! > 0; };

  let expansions = 0, links_ = 0;
  while (heap.length && ends.length < k && expansions < MAX_EXPANSIONS && links_ < MAX_LINKS) {
    const node = pop();
    const end = endKind.get(node);
    const t = tx[node]!, a = amount[node]!;
    if (end) {
      const path = pathOf(parent[node]!);
      if (path[path.length - 1] !== t) path.push(t);
      ends.push({ path, endAccount: end[1], endKind: end[0], amount: a });
      continue;
    }
    expansions++;
    const b = f.to[t]!;
    if (acc.terminal[b]) { pushEnd(node, t, a, "exited", b); continue; }
    // The piece sits in b's lot of transfer t; later outflows take their share of it.
    let passed = 0;
    for (const [out, share] of edgesOf(links, t)) {
      links_++;
      const p = a * share;
      passed += p;
      if (!(p > DUST)) continue;
      const vout = f.valueOut[out]!, vin = f.valueIn[out]!;
      const d = vout > 0 ? (p * vin) / vout : 0;
      pushEnd(node, out, p - d, "fees", f.from[out]!);
      const hop = len[node]! + 1;
      if (hop > links.maxHops) pushEnd(node, out, d, "beyond_horizon", f.to[out]!);
      else if (below(out)) pushEnd(node, out, d, "below_threshold", f.to[out]!);
      else if (d > DUST) push(node, out, d, hop);
    }
    pushEnd(node, t, a - passed, "retained", b);
  }
  const totals = core.totals;
  const all: Record<EndKind, number> = {
    retained: totals.retained, exited: totals.exited, beyond_horizon: totals.beyond_horizon,
    below_threshold: totals.below_threshold, fees: totals.fees,
  };
  for (const e of ends) all[e.endKind] -= e.amount;
  for (const kind of Object.keys(all) as EndKind[]) if (Math.abs(all[kind]) > 0.0005) byKind.set(kind, all[kind]);
  return { top: ends, remainder: byKind };
}

/** Store the trajectories under tx ids and account ids (a remainder row has no path). */
export async function storeTrajectories(db: CaseDb, runId: string, set: TrajectorySet, pos: Positions): Promise<void> {
  const positions = [...new Set(set.top.flatMap((t) => t.path.map((i) => pos.of(i))))];
  const keys = [...new Set(set.top.map((t) => t.endAccount))];
  const byPos = new Map((await allJson(db.conn, "trace/tx_ids_of", { positions: listValue(positions) })).map((r) => [Number(r.pos), { tx: String(r.tx_id), ts: Number(r.ts) }]));
  const accOf = new Map((await allJson(db.conn, "trace/account_ids_of", { keys: listValue(keys) })).map((r) => [Number(r.account_key), String(r.account_id)]));
  // Every row is resolved before the appender opens: a row that cannot be named (an id
  // missing) fails the run with nothing appended, and the appender is always closed, so a
  // failed run never leaves half a row behind in the case.
  type Row = [seed: string, path: string[], account: string, kind: string, amount: number, duration: number];
  const rows: Row[] = set.top.map((t) => {
    const steps = t.path.map((i) => byPos.get(pos.of(i)));
    const account = accOf.get(t.endAccount);
    if (steps.some((r) => r === undefined) || account === undefined) {
      throw new Error(`trajectory cannot be named: account key ${t.endAccount}${account === undefined ? " not found" : ""}, ${steps.filter((r) => r === undefined).length} transfer(s) not found`);
    }
    const path = steps.map((r) => r!.tx);
    return [path[0]!, path, account, t.endKind, t.amount, steps[steps.length - 1]!.ts - steps[0]!.ts];
  });
  for (const [kind, amount] of set.remainder) rows.push(["", [], "(other trajectories)", kind, amount, 0]);
  const app = await db.conn.createAppender("trace_trajectories");
  try {
    let rank = 0;
    for (const [seed, path, account, kind, amount, duration] of rows) {
      app.appendVarchar(runId);
      app.appendInteger(++rank);
      app.appendVarchar(seed);
      app.appendVarchar(JSON.stringify(path));
      app.appendVarchar(account);
      app.appendVarchar(kind);
      app.appendDouble(amount);
      app.appendDouble(duration);
      app.endRow();
    }
  } finally {
    app.closeSync();
  }
}
