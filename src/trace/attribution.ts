// How every outflow was funded, for the backward trace: one forward pass over the flows in
// processing order that splits each outflow over the lots it consumed (fifo, lifo) or over
// every lot the account held, pro rata (haircut), plus the part drawn from opening balances,
// hidden deposits and the unexplained source. Rows come out grouped by outflow, in order.
import { inferredOpenings } from "./inferredOpenings.js";
import { statedBefore } from "./statedBefore.js";
import { ledgerRows, pushLedger } from "./ledgerRows.js";
import { METHOD_TRAITS } from "./methods.js";
import { BALANCE_TOLERANCE } from "./money.js";
import { addLot, consumeLots, lotOrigin, lotRemaining, lotStore, lotTx, setLotRemaining } from "./lotStore.js";
import type { AccountTable, Flows, LedgerRows, Method, OpeningMode } from "./types.js";

export function attribution(f: Flows, acc: AccountTable, method: Method, opening: OpeningMode): LedgerRows {
  const n = f.n, A = acc.count;
  const rows = ledgerRows();
  const rule = METHOD_TRAITS[method], pooled = rule.share === "pooled";
  const store = lotStore(n + A + 2 * n, A, 1, rule.lots === "newest-first");
  const scratch = new Float64Array(1);
  // haircut: every lot of the account, by id (remaining amounts live in the store).
  const held: number[][] = pooled ? Array.from({ length: A }, () => []) : [];
  const bal = new Float64Array(A);
  const add = (a: number, amount: number, tx: number, origin: 0 | 1 | 2 | 3) => {
    if (pooled) held[a]!.push(store.nextId);
    addLot(store, a, amount, tx, origin, null);
    bal[a] += amount;
  };
  const take = (a: number, amount: number, outTx: number, record: boolean) => {
    const out = record ? rows : null;
    let short: number;
    if (!pooled) short = consumeLots(store, a, amount, scratch, out, outTx);
    else {
      const B = bal[a]!;
      const frac = amount >= B ? 1 : amount / B;
      short = amount > B ? amount - B : 0;
      const keep: number[] = [];
      for (const lot of held[a]!) {
        const r = lotRemaining(store, lot);
        const c = frac === 1 ? r : r * frac;
        if (out && c > 0) pushLedger(out, a, outTx, lotTx(store, lot), lotOrigin(store, lot), c, 0, -1);
        setLotRemaining(store, lot, r - c);
        if (r - c > 1e-12) keep.push(lot);
      }
      held[a] = keep;
    }
    if (out && short > 0) pushLedger(out, a, outTx, -1, 2, short, 0, -1);
    bal[a] = Math.max(0, bal[a]! - amount);
  };
  const inferred = opening === "inferred" ? inferredOpenings(f, acc) : new Float64Array(A);
  for (let a = 0; a < A; a++) {
    if (acc.terminal[a]) continue;
    const known = acc.opening[a]!;
    const amount = Number.isNaN(known) ? inferred[a]! : known;
    if (amount > 0) add(a, amount, -1, Number.isNaN(known) ? 2 : 1);
  }
  const balFrom = f.balanceAfterFrom, balTo = f.balanceAfterTo;
  const gapFrom = f.balanceGapFrom ?? null, gapTo = f.balanceGapTo ?? null;
  const stated = balFrom !== null || balTo !== null || gapFrom !== null || gapTo !== null;
  const correct = (a: number, before: number, i: number) => {
    const diff = Math.max(0, before) - bal[a]!;
    if (diff > BALANCE_TOLERANCE) add(a, diff, i, 3);
    else if (diff < -BALANCE_TOLERANCE) take(a, -diff, i, false);
  };
  for (let i = 0; i < n; i++) {
    const a = f.from[i]!, b = f.to[i]!;
    if (stated && !acc.terminal[a]) {
      const before = statedBefore(gapFrom, balFrom, i, f.valueOut[i]!, bal[a]!);
      if (!Number.isNaN(before)) correct(a, before, i);
    }
    if (stated && !acc.terminal[b] && b !== a) {
      const before = statedBefore(gapTo, balTo, i, -f.valueIn[i]!, bal[b]!);
      if (!Number.isNaN(before)) correct(b, before, i);
    }
    if (!acc.terminal[a]) take(a, f.valueOut[i]!, i, true);
    if (!acc.terminal[b]) add(b, f.valueIn[i]!, i, 0);
  }
  return rows;
}
