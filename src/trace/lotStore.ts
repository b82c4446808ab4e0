// Per-account lots for fifo and lifo: one lot per arriving transfer (plus opening balances and
// hidden deposits), kept as singly linked lists in typed arrays. fifo appends at the tail and
// consumes from the head; lifo pushes and consumes at the top. A partly tainted lot keeps its
// taint per hop in a pool slot; a consumed portion carries the lot's tainted share pro rata.
import { pushLedger } from "./ledgerRows.js";
import type { LedgerRows, OriginCode } from "./types.js";

export interface LotStore {
  /** Remaining value per lot. */
  remaining: Float64Array;
  link: Int32Array;
  /** Taint pool slot (offset into pool), -1 for a clean lot. */
  slot: Int32Array;
  origin: Uint8Array;
  /** Funding transfer index of the lot, -1 for opening and hidden deposits. */
  tx: Int32Array;
  head: Int32Array;
  tail: Int32Array;
  pool: Float64Array;
  poolUsed: number;
  stride: number;
  lifo: boolean;
  nextId: number;
}

export function lotStore(capacity: number, accounts: number, stride: number, lifo: boolean): LotStore {
  return {
    remaining: new Float64Array(capacity),
    link: new Int32Array(capacity).fill(-1),
    slot: new Int32Array(capacity).fill(-1),
    origin: new Uint8Array(capacity),
    tx: new Int32Array(capacity).fill(-1),
    head: new Int32Array(accounts).fill(-1),
    tail: new Int32Array(accounts).fill(-1),
    pool: new Float64Array(stride * 1024),
    poolUsed: 0,
    stride,
    lifo,
    nextId: 0,
  };
}

/** Add a lot of `amount` to account `a`; `taint` (per hop, length stride) may be null for a clean lot. */
export function addLot(s: LotStore, a: number, amount: number, tx: number, origin: OriginCode, taint: Float64Array | null): void {
  const id = s.nextId++;
  s.remaining[id] = amount;
  s.tx[id] = tx;
  s.origin[id] = origin;
  if (taint) {
    if (s.poolUsed + s.stride > s.pool.length) {
      const p = new Float64Array(s.pool.length * 2);
      p.set(s.pool);
      s.pool = p;
    }
    s.slot[id] = s.poolUsed;
    s.pool.set(taint, s.poolUsed);
    s.poolUsed += s.stride;
  }
  if (s.lifo) {
    s.link[id] = s.head[a]!;
    s.head[a] = id;
  } else {
    if (s.tail[a]! >= 0) s.link[s.tail[a]!] = id;
    else s.head[a] = id;
    s.tail[a] = id;
  }
}

/**
 * Consume `need` from account `a` in the store's order; adds the taint taken per hop to `xs`.
 * Writes one ledger row per lot portion when `ledger` is given. Returns what could not be
 * covered by lots (the shortfall, drawn from the unexplained source by the caller).
 */
export function consumeLots(s: LotStore, a: number, need: number, xs: Float64Array, ledger: LedgerRows | null, outTx: number): number {
  const stride = s.stride;
  let lot = s.head[a]!;
  while (need > 0 && lot >= 0) {
    const r = s.remaining[lot]!;
    const whole = r <= need;
    const c = whole ? r : need;
    const slot = s.slot[lot]!;
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
    if (ledger) pushLedger(ledger, a, outTx, s.tx[lot]!, s.origin[lot] as OriginCode, c, taken, hop);
    if (whole) {
      need -= r;
      s.remaining[lot] = 0;
      lot = s.link[lot]!;
      s.head[a] = lot;
      if (lot < 0) s.tail[a] = -1;
    } else {
      s.remaining[lot] = r - c;
      need = 0;
    }
  }
  return need > 0 ? need : 0;
}
