// Per-account lots for fifo and lifo: one lot per arriving transfer (plus opening balances and
// hidden deposits), kept as singly linked lists in typed arrays. fifo appends at the tail and
// consumes from the head; lifo pushes and consumes at the top. A partly tainted lot keeps its
// taint per hop in a pool slot; a consumed portion carries the lot's tainted share pro rata.
// Each lot is one 24-byte record (remaining as float64; link, slot, tx, origin as int32) in one
// buffer, and an account's head and tail sit side by side: consuming an old lot of a random
// account costs one cache miss for the record instead of one per field (the pass is memory-bound).
import { pushLedger } from "./ledgerRows.js";
import type { LedgerRows, OriginCode } from "./types.js";

const REC = 3; // float64 words per lot record
const LINK = 2, SLOT = 3, TX = 4, ORIGIN = 5; // int32 offsets inside a record (6 int32 words)

export interface LotStore {
  /** Lot records: f64[id * 3] is the remaining value; i32[id * 6 + 2..5] link, slot, tx, origin. */
  f64: Float64Array;
  i32: Int32Array;
  /** head[a * 2], tail[a * 2 + 1]. */
  ends: Int32Array;
  pool: Float64Array;
  poolUsed: number;
  stride: number;
  lifo: boolean;
  nextId: number;
}

export function lotStore(capacity: number, accounts: number, stride: number, lifo: boolean): LotStore {
  const buf = new ArrayBuffer(capacity * REC * 8);
  return {
    f64: new Float64Array(buf),
    i32: new Int32Array(buf),
    ends: new Int32Array(accounts * 2).fill(-1),
    pool: new Float64Array(stride * 1024),
    poolUsed: 0,
    stride,
    lifo,
    nextId: 0,
  };
}

/** Remaining value of a lot. */
export const lotRemaining = (s: LotStore, lot: number): number => s.f64[lot * REC]!;
export const setLotRemaining = (s: LotStore, lot: number, v: number): void => { s.f64[lot * REC] = v; };
/** Funding transfer index of a lot, -1 for opening and hidden deposits. */
export const lotTx = (s: LotStore, lot: number): number => s.i32[lot * 6 + TX]!;
export const lotOrigin = (s: LotStore, lot: number): OriginCode => s.i32[lot * 6 + ORIGIN]! as OriginCode;

/** Add a lot of `amount` to account `a`; `taint` (per hop, length stride) may be null for a clean lot. */
export function addLot(s: LotStore, a: number, amount: number, tx: number, origin: OriginCode, taint: Float64Array | null): void {
  const id = s.nextId++, m = id * 6, i32 = s.i32, ends = s.ends;
  s.f64[id * REC] = amount;
  i32[m + TX] = tx;
  i32[m + ORIGIN] = origin;
  if (taint) {
    if (s.poolUsed + s.stride > s.pool.length) {
      const p = new Float64Array(s.pool.length * 2);
      p.set(s.pool);
      s.pool = p;
    }
    i32[m + SLOT] = s.poolUsed;
    s.pool.set(taint, s.poolUsed);
    s.poolUsed += s.stride;
  } else i32[m + SLOT] = -1;
  if (s.lifo) {
    i32[m + LINK] = ends[a * 2]!;
    ends[a * 2] = id;
  } else {
    i32[m + LINK] = -1;
    const tail = ends[a * 2 + 1]!;
    if (tail >= 0) i32[tail * 6 + LINK] = id;
    else ends[a * 2] = id;
    ends[a * 2 + 1] = id;
  }
}

/**
 * Consume `need` from account `a` in the store's order; adds the taint taken per hop to `xs`.
 * Writes one ledger row per lot portion when `ledger` is given. Returns what could not be
 * covered by lots (the shortfall, drawn from the unexplained source by the caller).
 */
export function consumeLots(s: LotStore, a: number, need: number, xs: Float64Array, ledger: LedgerRows | null, outTx: number): number {
  const stride = s.stride, f64 = s.f64, i32 = s.i32, ends = s.ends;
  let lot = ends[a * 2]!;
  while (need > 0 && lot >= 0) {
    const r = f64[lot * REC]!;
    const whole = r <= need;
    const c = whole ? r : need;
    const slot = i32[lot * 6 + SLOT]!;
    let taken = 0;
    let hop = -1;
    if (slot >= 0) {
      const frac = c / r;
      for (let h = 0; h < stride; h++) {
        const t = s.pool[slot + h]!;
        if (t === 0) continue;
        const x = whole ? t : t * frac;
        xs[h] += x;
        s.pool[slot + h] = t - x;
        taken += x;
        if (hop < 0) hop = h;
      }
    }
    if (ledger) pushLedger(ledger, a, outTx, i32[lot * 6 + TX]!, i32[lot * 6 + ORIGIN] as OriginCode, c, taken, hop);
    if (whole) {
      need -= r;
      f64[lot * REC] = 0;
      lot = i32[lot * 6 + LINK]!;
      ends[a * 2] = lot;
      if (lot < 0) ends[a * 2 + 1] = -1;
    } else {
      f64[lot * REC] = r - c;
      need = 0;
    }
  }
  return need > 0 ? need : 0;
}
