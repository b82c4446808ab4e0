// The allocation links trajectories follow: for a tainted lot (the arrival of transfer t), the
// later outflows that took part of its taint and the share each took. fifo/lifo read them from
// the ledger (lot -> outflow rows); haircut derives them from the account's pooled outflows:
// each takes the fraction o/B of every lot still in the account.
import { rowOf } from "./txResults.js";
import type { Flows, TraceCore, TxResults } from "./types.js";

export interface Links {
  maxHops: number;
  rows: TxResults;
  /** fifo/lifo: CSR by funding lot (its row in `rows`). */
  start: Int32Array | null;
  out: Int32Array;
  share: Float64Array;
  /** haircut: per account, its pooled tainted outflows in order and the fraction each took. */
  mixStart: Int32Array | null;
  mixOut: Int32Array;
  mixFrac: Float64Array;
  to: Int32Array;
}

export function linkIndex(f: Flows, core: TraceCore): Links {
  const l = core.ledger!;
  const maxHops = core.maxHops;
  const isMix = hasMix(l.origin, l.length);
  if (!isMix) {
    // By the funding lot's row in core.tx (a lot that delivered taint has one), not by transfer:
    // the index is as long as the traced transfers, not the case.
    const rows = core.tx, R = rows.length;
    const lot = new Int32Array(l.length).fill(-1);
    const start = new Int32Array(R + 1);
    for (let r = 0; r < l.length; r++) {
      if (l.inTx[r]! < 0 || l.origin[r] !== 0 || !(l.tainted[r]! > 0)) continue;
      lot[r] = rowOf(rows, l.inTx[r]!);
      start[lot[r]! + 1]++;
    }
    for (let k = 0; k < R; k++) start[k + 1] += start[k]!;
    const fill = start.slice(0, R);
    const out = new Int32Array(start[R]!), share = new Float64Array(start[R]!);
    for (let r = 0; r < l.length; r++) {
      const k = lot[r]!;
      if (k < 0) continue;
      const p = fill[k]!++;
      out[p] = l.outTx[r]!;
      share[p] = l.tainted[r]! / rows.taintedIn[k]!;
    }
    return { maxHops, rows, start, out, share, mixStart: null, mixOut: new Int32Array(0), mixFrac: new Float64Array(0), to: f.to };
  }
  const A = core.accTaintedIn.length;
  const mixStart = new Int32Array(A + 1);
  for (let r = 0; r < l.length; r++) if (l.origin[r] === 4) mixStart[l.account[r]! + 1]++;
  for (let a = 0; a < A; a++) mixStart[a + 1] += mixStart[a]!;
  const fill = mixStart.slice(0, A);
  const mixOut = new Int32Array(mixStart[A]!), mixFrac = new Float64Array(mixStart[A]!);
  for (let r = 0; r < l.length; r++) {
    if (l.origin[r] !== 4) continue;
    const p = fill[l.account[r]!]!++;
    mixOut[p] = l.outTx[r]!;
    mixFrac[p] = l.taintedBefore[r]! > 0 ? l.tainted[r]! / l.taintedBefore[r]! : 0;
  }
  return { maxHops, rows: core.tx, start: null, out: new Int32Array(0), share: new Float64Array(0), mixStart, mixOut, mixFrac, to: f.to };
}

/** Outflows that took part of lot `t`'s taint, with the share of the lot's taint each took. */
export function* edgesOf(L: Links, t: number): Generator<[number, number]> {
  if (L.start) {
    const k = rowOf(L.rows, t);
    if (k < 0) return;
    for (let p = L.start[k]!; p < L.start[k + 1]!; p++) yield [L.out[p]!, L.share[p]!];
    return;
  }
  const a = L.to[t]!;
  let lo = L.mixStart![a]!, hi = L.mixStart![a + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (L.mixOut[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  let alive = 1;
  for (let p = lo; p < L.mixStart![a + 1]! && alive > 1e-12; p++) {
    const frac = L.mixFrac[p]!;
    yield [L.mixOut[p]!, alive * frac];
    alive *= 1 - frac;
  }
}

function hasMix(origin: Uint8Array, n: number): boolean {
  for (let r = 0; r < n; r++) if (origin[r] === 4) return true;
  return false;
}
