// The forward pass's per-transfer results, compact: one row per transfer the pass wrote a
// result for (it carried or was cut off from taint), in processing order, not one slot per
// transfer of the case. At 10M transfers with 1.6M tainted, six dense result arrays were
// 420 MB, most of it zeros that still had to be mapped, scanned and compacted before storing.
import type { TxResults } from "./types.js";

export function txResults(capacity = 1024): TxResults {
  const c = Math.max(16, capacity);
  return {
    length: 0, tx: new Int32Array(c), tainted: new Float64Array(c), taintedIn: new Float64Array(c), hop: new Int32Array(c),
    beyondHorizon: new Float64Array(c), belowThreshold: new Float64Array(c), fees: new Float64Array(c),
  };
}

/** Append transfer `tx`'s row (`tx` ascends from row to row). */
export function pushTx(r: TxResults, tx: number, tainted: number, taintedIn: number, hop: number, beyond: number, below: number, fees: number): void {
  if (r.length === r.tx.length) grow(r);
  const k = r.length++;
  r.tx[k] = tx; r.tainted[k] = tainted; r.taintedIn[k] = taintedIn; r.hop[k] = hop;
  r.beyondHorizon[k] = beyond; r.belowThreshold[k] = below; r.fees[k] = fees;
}

function grow(r: TxResults): void {
  const size = r.length * 2;
  const g = <T extends Int32Array | Float64Array>(a: T): T => {
    const b = new (a.constructor as new (n: number) => T)(size);
    b.set(a);
    return b;
  };
  r.tx = g(r.tx); r.tainted = g(r.tainted); r.taintedIn = g(r.taintedIn); r.hop = g(r.hop);
  r.beyondHorizon = g(r.beyondHorizon); r.belowThreshold = g(r.belowThreshold); r.fees = g(r.fees);
}

export type TxField = Exclude<keyof TxResults, "length" | "tx">;

/** One result as a dense array over all `n` transfers (0, or -1 for hop, where no row). */
export function denseTx(r: TxResults, n: number, field: TxField): Float64Array | Int32Array {
  const out = field === "hop" ? new Int32Array(n).fill(-1) : new Float64Array(n);
  const src = r[field];
  for (let k = 0; k < r.length; k++) out[r.tx[k]!] = src[k]!;
  return out;
}

/** The row of transfer `tx` (rows ascend by transfer), -1 when it has none. */
export function rowOf(r: TxResults, tx: number): number {
  return searchAscending(r.tx, r.length, tx);
}

/** Binary search for `v` in the ascending `a[0..n)`; its index, -1 when absent. */
export function searchAscending(a: Int32Array, n: number, v: number): number {
  let lo = 0, hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1, x = a[mid]!;
    if (x === v) return mid;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
