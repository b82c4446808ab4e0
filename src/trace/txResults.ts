// The forward pass's per-transfer results, compact: one row per transfer that carried taint or
// lost it to the horizon or the threshold (the rows a run stores), in processing order, not
// one slot per transfer of the case. At 10M transfers with 1.6M tainted, six dense result arrays were
// 420 MB, most of it zeros that still had to be mapped, scanned and compacted before storing.
import type { TxResults } from "./types.js";

/**
 * Rows for up to `capacity` transfers (the pass has at most one row per transfer: it never
 * grows). `shared`: in shared memory, so that the main thread can store rows while the pass's
 * worker is still writing later ones (pipelinedPass.ts).
 */
export function txResults(capacity: number, shared = false): TxResults {
  const f64 = () => (shared ? new Float64Array(new SharedArrayBuffer(8 * capacity)) : new Float64Array(capacity));
  const i32 = () => (shared ? new Int32Array(new SharedArrayBuffer(4 * capacity)) : new Int32Array(capacity));
  return {
    length: 0, tx: i32(), tainted: f64(), taintedIn: f64(), hop: i32(),
    beyondHorizon: f64(), belowThreshold: f64(), fees: f64(),
  };
}

/** Append transfer `tx`'s row (`tx` ascends from row to row). */
export function pushTx(r: TxResults, tx: number, tainted: number, taintedIn: number, hop: number, beyond: number, below: number, fees: number): void {
  const k = r.length++;
  r.tx[k] = tx; r.tainted[k] = tainted; r.taintedIn[k] = taintedIn; r.hop[k] = hop;
  r.beyondHorizon[k] = beyond; r.belowThreshold[k] = below; r.fees[k] = fees;
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
