// The backward trace (docs/spec/tracing-semantics.md): each inflow of the target in the window is split
// over the earlier transfers that funded it, by the same rule a forward trace uses, and so on
// up to the hop limit. Amounts are "value that reached the target", so the origins'
// contributions add up to what reached it. Processed in reverse time order, aggregating per
// transfer and hop (never enumerating paths). poison: time-respecting reverse reachability.
import { attribution } from "./attribution.js";
import { METHOD_TRAITS } from "./methods.js";
import type { AccountTable, Flows, Method, OpeningMode } from "./types.js";

export type OriginKind = "unexplained" | "opening" | "hidden_deposit" | "terminal" | "hop_limit" | "no_earlier_inflow";
export interface BackwardResult {
  /** Per transfer: value that reached the target through it (poison: its whole value_in), lowest hop (-1 none). */
  reached: Float64Array;
  hop: Int16Array;
  /** origin account -> kind -> contribution. */
  origins: Map<number, Map<OriginKind, number>>;
  total: number;
}

const ORIGIN_OF: OriginKind[] = ["no_earlier_inflow", "opening", "unexplained", "hidden_deposit", "unexplained"];

export function backwardCore(f: Flows, acc: AccountTable, target: number, since: number, o: { method: Method; maxHops: number; opening: OpeningMode }): BackwardResult {
  const n = f.n, H = o.maxHops;
  const poison = METHOD_TRAITS[o.method].share === "reach";
  const demand = Array.from({ length: H + 1 }, () => new Float64Array(n));
  const reached = new Float64Array(n), hop = new Int16Array(n).fill(-1);
  const origins = new Map<number, Map<OriginKind, number>>();
  const credit = (a: number, kind: OriginKind, v: number) => {
    if (!(v > 0)) return;
    let m = origins.get(a);
    if (!m) origins.set(a, (m = new Map()));
    m.set(kind, (m.get(kind) ?? 0) + v);
  };
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (f.to[i] === target && f.from[i] !== target && f.ts![i]! >= since) { demand[0]![i] = f.valueIn[i]!; total += f.valueIn[i]!; }
  }
  // Funding rows grouped by outflow (poison: every earlier inflow of the sender, unweighted).
  const rows = poison ? null : attribution(f, acc, o.method, o.opening);
  const start = new Int32Array(n + 1);
  if (rows) {
    for (let r = 0; r < rows.length; r++) start[rows.outTx[r]! + 1]++;
    for (let i = 0; i < n; i++) start[i + 1] += start[i]!;
  }
  const inflows: number[][] = poison ? Array.from({ length: acc.count }, () => []) : [];
  if (poison) for (let i = 0; i < n; i++) inflows[f.to[i]!]!.push(i);
  for (let i = n - 1; i >= 0; i--) {
    for (let h = 0; h <= H; h++) {
      const d = demand[h]![i]!;
      if (!(d > 0)) continue;
      reached[i] += poison ? 0 : d;
      if (hop[i]! < 0) hop[i] = h;
      const y = f.from[i]!;
      if (acc.terminal[y]) { credit(y, "terminal", d); continue; }
      if (h === H) { credit(y, "hop_limit", d); continue; }
      if (poison) {
        let any = false;
        for (const j of inflows[y]!) {
          if (j >= i) break;
          any = true;
          demand[h + 1]![j] = Math.max(demand[h + 1]![j]!, f.valueIn[j]!);
        }
        if (!any) credit(y, "no_earlier_inflow", d);
        continue;
      }
      const vout = f.valueOut[i]!;
      for (let r = start[i]!; r < start[i + 1]!; r++) {
        const share = vout > 0 ? (d * rows!.amount[r]!) / vout : 0;
        const j = rows!.inTx[r]!;
        if (rows!.origin[r] === 0 && j >= 0) demand[h + 1]![j] += share;
        else credit(y, ORIGIN_OF[rows!.origin[r]!]!, share);
      }
    }
  }
  if (poison) for (let i = 0; i < n; i++) if (hop[i]! >= 0) reached[i] = f.valueIn[i]!;
  return { reached, hop, origins, total };
}
