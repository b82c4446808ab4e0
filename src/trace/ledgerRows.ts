// A growable columnar ledger (no object per row: a trace over millions of transfers would
// otherwise spend its time in the garbage collector).
import type { LedgerRows, OriginCode } from "./types.js";

export function ledgerRows(capacity = 1024): LedgerRows {
  return {
    length: 0,
    account: new Int32Array(capacity),
    outTx: new Int32Array(capacity),
    inTx: new Int32Array(capacity),
    origin: new Uint8Array(capacity),
    amount: new Float64Array(capacity),
    tainted: new Float64Array(capacity),
    hop: new Int16Array(capacity),
    balanceBefore: new Float64Array(capacity),
    taintedBefore: new Float64Array(capacity),
  };
}

function grow<T extends Int32Array | Uint8Array | Float64Array | Int16Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

export function pushLedger(
  l: LedgerRows, account: number, outTx: number, inTx: number, origin: OriginCode,
  amount: number, tainted: number, hop: number, balanceBefore = NaN, taintedBefore = NaN,
): void {
  if (l.length === l.account.length) {
    const size = l.length * 2;
    l.account = grow(l.account, size);
    l.outTx = grow(l.outTx, size);
    l.inTx = grow(l.inTx, size);
    l.origin = grow(l.origin, size);
    l.amount = grow(l.amount, size);
    l.tainted = grow(l.tainted, size);
    l.hop = grow(l.hop, size);
    l.balanceBefore = grow(l.balanceBefore, size);
    l.taintedBefore = grow(l.taintedBefore, size);
  }
  const k = l.length++;
  l.account[k] = account;
  l.outTx[k] = outTx;
  l.inTx[k] = inTx;
  l.origin[k] = origin;
  l.amount[k] = amount;
  l.tainted[k] = tainted;
  l.hop[k] = hop;
  l.balanceBefore[k] = balanceBefore;
  l.taintedBefore[k] = taintedBefore;
}
