// The forward allocation core (docs/spec/tracing-semantics.md): one pass over the transfers in
// (ts, load sequence) order, keeping every account's balance and taint per hop, and splitting
// each outflow by the chosen rule. Pure: typed arrays in, typed arrays out; float64 arithmetic
// in a fixed sequential order, so the same input gives the same bits on every run.
import { ledgerRows, pushLedger } from "./ledgerRows.js";
import { addLot, consumeLots, lotStore, type LotStore } from "./lotStore.js";
import { inferredOpenings } from "./inferredOpenings.js";
import { statedBefore } from "./statedBefore.js";
import { pushTx, txResults } from "./txResults.js";
import { METHOD_TRAITS } from "./methods.js";
import { BALANCE_TOLERANCE } from "./money.js";
import type { AccountTable, CoreOptions, Correction, Flows, HopMix, OriginCode, SharedRows, TraceCore } from "./types.js";

const NO_HOP = 32767;
/** With `shared` rows, how often (in transfers) at least the pass publishes its row count. */
const PUBLISH_EVERY = 8192;

/**
 * `arrived` (optional): a shared counter of how many transfers of `f` have been read so far
 * (-1 - count once the read is complete; `f.n` is then only the capacity). The pass waits
 * for it before each transfer not yet there, so that it can run while the columns are still
 * being read (pipelinedPass.ts), and stops at the end of the read. Without it every transfer
 * of `f` is there.
 *
 * `shared` (optional, with `arrived`): the per-transfer rows are written there, and how many
 * of them are final is published as the pass goes (at least every PUBLISH_EVERY transfers), so
 * that the main thread can store them while the pass is still running.
 */
export function forwardCore(f: Flows, acc: AccountTable, o: CoreOptions, arrived?: Int32Array, shared?: SharedRows): TraceCore {
  const n = f.n, A = acc.count, H = o.maxHops, S = H + 1;
  const rule = METHOD_TRAITS[o.method], poison = rule.share === "reach";
  const lots = rule.lots !== null, pooled = rule.share === "pooled", cleanFirst = rule.share === "clean-first";
  // Per-transfer results only for the transfers that have one (compact, in pass order).
  // At most one row per transfer: sized for all of them, of which only the rows written are
  // ever mapped into memory (a fresh buffer is zero pages until written).
  const txOut = shared ? shared.tx : txResults(n);
  const hopMix: HopMix = { length: 0, tx: new Int32Array(1024), hop: new Int32Array(1024), amount: new Float64Array(1024) };
  const accIn = new Float64Array(A), accOut = new Float64Array(A), accUnexp = new Float64Array(A);
  const accExited = new Float64Array(A);
  const firstTx = new Int32Array(A).fill(-1), lastTx = new Int32Array(A).fill(-1);
  // Per-account state as separate compact arrays: the pass is memory-bound on large cases, and
  // most transfers touch only untainted accounts, which need the terminal flag (1 byte), the
  // first hop (2 bytes: NO_HOP means the account never held taint, so its taint is zero) and
  // the balance; taint per hop is read only for accounts that hold some.
  const bal = new Float64Array(A), taint = new Float64Array(A), first = new Int16Array(A).fill(NO_HOP);
  const term = acc.terminal, T = new Float64Array(A * S);
  const ledgerAll = o.ledger && !poison ? ledgerRows() : null;
  const corrections: Correction[] = [];
  const totals = { seeded: 0, retained: 0, exited: 0, beyond_horizon: 0, below_threshold: 0, fees: 0, unexplained_out: 0 };
  const xs = new Float64Array(S), ds = new Float64Array(S + 1);
  const balFrom = f.balanceAfterFrom, balTo = f.balanceAfterTo;
  const gapFrom = f.balanceGapFrom ?? null, gapTo = f.balanceGapTo ?? null;
  const stated = balFrom !== null || balTo !== null || gapFrom !== null || gapTo !== null;
  if (arrived && (stated || o.opening === "inferred")) {
    throw new Error("internal: stated balances and inferred openings need every transfer before the pass");
  }
  let extraLots = 0;
  for (const col of [balFrom, balTo, gapFrom, gapTo]) if (col) for (let i = 0; i < n; i++) if (!Number.isNaN(col[i]!)) extraLots++;
  const store: LotStore | null = lots ? lotStore(n + A + extraLots, A, S, rule.lots === "newest-first") : null;
  // fifo/lifo keep lots only for accounts that have received taint ("materialized"). An account
  // that never held taint needs only its balance: when taint first reaches it, its clean lots
  // are rebuilt by replaying its own earlier records (materialize below), with the same
  // arithmetic in the same order as if they had been kept all along, so results are identical
  // to the bit. On large cases only a small share of accounts is ever tainted, and keeping
  // every account's lots was most of the pass's time (a cache miss per lot).
  const lazy = store !== null && o.eagerLots !== true;
  const mat = new Uint8Array(store ? A : 0);
  // Each not-yet-materialized account's records so far, newest first, as a linked list threaded
  // through one array (entry 2i: transfer i's sender, 2i + 1: its receiver), built as the pass
  // goes: one write per record end, no separate indexing pass over the case.
  const evLast = lazy ? new Int32Array(A).fill(-1) : new Int32Array(0);
  const evLink = lazy ? new Int32Array(2 * n) : new Int32Array(0);
  // Without stated balances (which need every account's balance as the pass goes), such an
  // account's balance and shortfalls are not kept either: materialize replays them too. The
  // pass then touches, for most transfers, only the event list: a random access into a few
  // per-account arrays was most of its time at 10M transfers.
  const replayOnly = lazy && !stated;
  let replay = new Int32Array(64);
  const openAmount = new Float64Array(store ? A : 0), openOrigin = new Uint8Array(store ? A : 0);

  const inferred = o.opening === "inferred" ? inferredOpenings(f, acc) : new Float64Array(A);
  for (let a = 0; a < A; a++) {
    if (term[a]) continue;
    const known = acc.opening[a]!;
    const amount = Number.isNaN(known) ? inferred[a]! : known;
    if (!(amount > 0)) continue;
    bal[a] = amount;
    if (store) {
      openAmount[a] = amount;
      openOrigin[a] = Number.isNaN(known) ? 2 : 1;
      if (!lazy) addLot(store, a, amount, -1, openOrigin[a] as OriginCode, null);
    }
  }
  if (store && !lazy) mat.fill(1);

  /** Debit `amount` from non-terminal account `a` under the rule; taint per hop lands in xs. */
  const debit = (a: number, amount: number, i: number, withLedger = true): number => {
    const B = bal[a]!;
    const short = amount > B ? amount - B : 0;
    if (short > 0) accUnexp[a] += short;
    // Fast path: an account without taint moves no taint (fifo/lifo still consume its lots).
    // An account that never received taint has first === NO_HOP and zero taint.
    if (first[a] === NO_HOP || (!poison && !(taint[a]! > 0))) {
      if (store && mat[a]) consumeLots(store, a, amount, xs, null, i);
      bal[a] = short > 0 ? 0 : B - amount;
      return 0;
    }
    // Poison: the whole amount is tainted at the account's first hop (the caller reads that
    // hop from first[a]; xs is not filled).
    if (poison) {
      bal[a] = short > 0 ? 0 : B - amount;
      if (amount > 0) { accOut[a] += amount; lastTx[a] = i; }
      return amount;
    }
    const Ta = taint[a]!, base = a * S;
    let X = 0;
    xs.fill(0);
    const ledger = withLedger ? ledgerAll : null;
    if (store) {
      const mark = ledger ? ledger.length : 0;
      consumeLots(store, a, amount, xs, ledger, i);
      for (let h = 0; h < S; h++) X += xs[h]!;
      if (ledger) {
        if (X > 0 && short > 0) pushLedger(ledger, a, i, -1, 2, short, 0, -1);
        if (!(X > 0)) ledger.length = mark; // only outflows that carried taint are in the ledger
      }
    } else if (Ta > 0) {
      let share: number; // fraction of each hop's taint that leaves
      if (short > 0 || amount >= B) share = 1;
      else if (pooled) share = amount / B;
      else if (cleanFirst) share = Math.max(0, amount - (B - Ta)) / Ta;
      else share = Math.min(amount, Ta) / Ta;
      if (share > 0) {
        for (let h = 0; h < S; h++) {
          const t = T[base + h]!;
          if (t === 0) continue;
          const x = share === 1 ? t : t * share;
          xs[h] = x;
          X += x;
        }
        if (ledger) {
          pushLedger(ledger, a, i, -1, 4, amount - short, X, firstNonZero(xs), B, Ta);
          if (short > 0) pushLedger(ledger, a, i, -1, 2, short, 0, -1);
        }
      }
    }
    if (!poison && X > 0) {
      let sum = 0;
      for (let h = 0; h < S; h++) {
        const t = T[base + h]! - xs[h]!;
        T[base + h] = t > 0 ? t : 0;
        sum += T[base + h]!;
      }
      taint[a] = sum;
    }
    bal[a] = short > 0 ? 0 : B - amount;
    if (X > 0) { accOut[a] += X; lastTx[a] = i; }
    return X;
  };

  const correct = (a: number, before: number, i: number): void => {
    if (before < 0) before = 0;
    const diff = before - bal[a]!;
    if (diff > BALANCE_TOLERANCE) {
      bal[a] = before;
      if (store && mat[a]) addLot(store, a, diff, i, 3, null);
      corrections.push({ kind: "hidden_deposit", account: a, tx: i, amount: diff, tainted: 0 });
    } else if (diff < -BALANCE_TOLERANCE) {
      const X = debit(a, -diff, i, false); // not an outflow of record i: reported as a note
      if (!poison) totals.exited += X;
      corrections.push({ kind: "hidden_withdrawal", account: a, tx: i, amount: -diff, tainted: X });
    }
  };

  /**
   * Rebuild the clean lots of account `b` (never tainted so far) as the eager pass would hold
   * them just before transfer `i` credits it: its opening lot, then each of its records before
   * `i` (and `i`'s own corrections and debit, which the main loop has already applied to the
   * balance) replayed exactly as the main loop does them. The replayed balance must equal the
   * main loop's to the bit.
   */
  const materialize = (b: number, i: number): void => {
    const s = store!;
    mat[b] = 1;
    let m = 0; // b's records, oldest first (the list holds them newest first)
    for (let e = evLast[b]!; e >= 0; e = evLink[e]!) {
      if (m === replay.length) { const r = new Int32Array(m * 2); r.set(replay); replay = r; }
      replay[m++] = e >> 1;
    }
    let B = 0, unexplained = 0;
    if (openAmount[b]! > 0) { B = openAmount[b]!; addLot(s, b, B, -1, openOrigin[b] as OriginCode, null); }
    const debitClean = (amount: number, j: number) => {
      consumeLots(s, b, amount, scratch, null, j);
      if (amount > B) unexplained += amount - B;
      B = amount > B ? 0 : B - amount;
    };
    const correctClean = (before: number, j: number) => {
      if (before < 0) before = 0;
      const diff = before - B;
      if (diff > BALANCE_TOLERANCE) { B = before; addLot(s, b, diff, j, 3, null); }
      else if (diff < -BALANCE_TOLERANCE) debitClean(-diff, j);
    };
    for (let k = m - 1; k >= 0; k--) {
      const j = replay[k]!;
      const from = f.from[j]!;
      if (stated) {
        const d = from === b ? statedBefore(gapFrom, balFrom, j, f.valueOut[j]!, B) : statedBefore(gapTo, balTo, j, -f.valueIn[j]!, B);
        if (!Number.isNaN(d)) correctClean(d, j);
      }
      if (from === b) debitClean(f.valueOut[j]!, j);
      if (j === i) break; // the caller credits transfer i itself
      if (f.to[j] === b) { B += f.valueIn[j]!; addLot(s, b, f.valueIn[j]!, j, 0, null); }
    }
    if (replayOnly) {
      // The shortfalls in the same order as the main loop would have added them: the same bits.
      bal[b] = B;
      accUnexp[b] = unexplained;
    } else if (B !== bal[b] || unexplained !== accUnexp[b]) {
      throw new Error(`internal: replayed balance of account ${b} differs at transfer ${i}`);
    }
  };
  const scratch = new Float64Array(S);

  let ready = arrived ? 0 : n;
  for (let i = 0; i < n; i++) {
    if (i >= ready) {
      // A row is final once written: nothing later in the pass changes it.
      if (shared) publish(shared, txOut.length, i);
      ready = waitFor(arrived!, i);
      if (i >= ready) break; // the read is complete: transfer i does not exist
      if (shared) ready = Math.min(ready, i + PUBLISH_EVERY);
    }
    const a = f.from[i]!, b = f.to[i]!, out = f.valueOut[i]!, vin = f.valueIn[i]!;
    if (lazy) {
      if (!mat[a]) { evLink[2 * i] = evLast[a]!; evLast[a] = 2 * i; }
      if (b !== a && !mat[b]) { evLink[2 * i + 1] = evLast[b]!; evLast[b] = 2 * i + 1; }
    }
    if (stated) {
      if (!term[a]) {
        const d = statedBefore(gapFrom, balFrom, i, out, bal[a]!);
        if (!Number.isNaN(d)) correct(a, d, i);
      }
      if (!term[b] && b !== a) {
        const d = statedBefore(gapTo, balTo, i, -vin, bal[b]!);
        if (!Number.isNaN(d)) correct(b, d, i);
      }
    }
    // The common case inline (a call per transfer was a third of the pass): a sender that has
    // never held taint and keeps no lots only loses balance, exactly as debit's fast path does.
    let X = 0;
    if (term[a]) { /* taint stops at a terminal account: it sends none */ }
    else if (replayOnly && !mat[a]) { /* never held taint: its debit is replayed if taint reaches it */ }
    else if (first[a] === NO_HOP && !(store && mat[a])) {
      const B = bal[a]!;
      if (out > B) { accUnexp[a] += out - B; bal[a] = 0; } else bal[a] = B - out;
    } else X = debit(a, out, i);
    let delivered = 0; // ds (taint delivered per hop) is read only when delivered > 0
    let pLow = 0; // poison, not a seed: the hop delivered (ds is not filled)
    // This transfer's results (`row`: it carried or was cut off from taint).
    let row = false, rTainted = 0, rHop = -1, rOver = 0, rBelow = 0, rFee = 0;
    if (f.seed[i]) {
      ds.fill(0);
      const passed = out > 0 ? (X * vin) / out : 0;
      rFee = X - passed;
      totals.fees += X - passed;
      totals.seeded += poison ? vin : vin - passed;
      row = true; rTainted = vin; rHop = 0;
      ds[0] = vin;
      delivered = vin;
    } else if (poison && X > 0) {
      // One hop only (debit's poison path): the generic loop below with a single non-zero xs.
      const h = first[a]!;
      const d = vin === out ? X : (X * vin) / out;
      let over = 0;
      if (h + 1 > H) over = d;
      else delivered = d;
      const fee = X - delivered - over;
      totals.fees += fee;
      row = true; rTainted = X; rFee = fee; rHop = h + 1;
      if (over > 0) { rOver = over; totals.beyond_horizon += over; }
      if (delivered > 0 && delivered < o.minAmount) {
        rBelow = delivered;
        totals.below_threshold += delivered;
        delivered = 0;
      }
      pLow = h + 1;
    } else if (X > 0) {
      ds.fill(0);
      let hops = 0, lowest = -1, over = 0;
      for (let h = 0; h < S; h++) {
        const x = xs[h]!;
        if (x === 0) continue;
        hops++;
        if (lowest < 0) lowest = h + 1;
        const d = vin === out ? x : (x * vin) / out;
        if (h + 1 > H) over += d;
        else { ds[h + 1] = d; delivered += d; }
      }
      // The fee is what did not pass, so that X = fee + delivered + beyond exactly as summed.
      const fee = X - delivered - over;
      totals.fees += fee;
      row = true; rTainted = X; rFee = fee; rHop = lowest;
      if (hops > 1) {
        for (let h = 0; h < S; h++) if (xs[h]! > 0) pushMix(hopMix, i, h + 1, xs[h]!);
      }
      if (over > 0) { rOver = over; totals.beyond_horizon += over; }
      if (delivered > 0 && delivered < o.minAmount) {
        rBelow = delivered;
        totals.below_threshold += delivered;
        delivered = 0;
        ds.fill(0);
      }
    }
    // A row for every transfer a run stores: not for a seed of amount 0 that carried nothing.
    if (row && (rTainted > 0 || rOver > 0 || rBelow > 0)) pushTx(txOut, i, rTainted, delivered, rHop, rOver, rBelow, rFee);
    if (delivered > 0) {
      accIn[b] += delivered;
      if (firstTx[b] < 0) firstTx[b] = i;
      lastTx[b] = i;
      const low = pLow > 0 ? pLow : firstNonZero(ds);
      if (low < first[b]!) first[b] = low;
    }
    if (term[b]) {
      if (delivered > 0) { accExited[b] += delivered; totals.exited += delivered; }
      continue;
    }
    if (delivered > 0 && store && !mat[b]) materialize(b, i);
    if (replayOnly && !mat[b]) continue; // no taint delivered: the credit is replayed if taint comes
    bal[b] += vin;
    if (delivered > 0 && !poison) {
      const base = b * S;
      for (let h = 0; h < S; h++) T[base + h] += ds[h]!;
      taint[b] += delivered;
    }
    if (store && mat[b]) addLot(store, b, vin, i, 0, delivered > 0 ? ds.subarray(0, S) : null);
  }

  if (shared) publish(shared, txOut.length, n);
  const accRetained = new Float64Array(A), accFirstHop = new Int16Array(A);
  for (let a = 0; a < A; a++) accFirstHop[a] = first[a] === NO_HOP ? -1 : first[a]!;
  for (let a = 0; a < A; a++) {
    if (term[a] || !(accIn[a]! > 0)) continue;
    accRetained[a] = poison ? bal[a]! : taint[a]!;
    if (!poison) totals.retained += taint[a]!;
    totals.unexplained_out += accUnexp[a]!;
  }
  return {
    maxHops: H, tx: txOut, hopMix,
    accTaintedIn: accIn, accTaintedOut: accOut, accRetained, accUnexplainedOut: accUnexp, accExited,
    accFirstHop, accFirstTx: firstTx, accLastTx: lastTx,
    accInferredOpening: inferred, corrections, ledger: ledgerAll, totals,
  };
}

/** `rows` rows are final and the pass is at transfer `at` (pipelinedPass.ts reads both). */
function publish(shared: SharedRows, rows: number, at: number): void {
  Atomics.store(shared.published, 0, rows);
  Atomics.store(shared.published, 1, at);
  Atomics.notify(shared.published, 1);
}

/** Block until more than `i` transfers have arrived or the read is complete; returns how many have. */
function waitFor(arrived: Int32Array, i: number): number {
  for (;;) {
    const k = Atomics.load(arrived, 0);
    if (k < 0) return -1 - k;
    if (k > i) return k;
    Atomics.wait(arrived, 0, k); // one word for count and end, so no wake-up is missed
  }
}

function firstNonZero(v: Float64Array): number {
  for (let h = 0; h < v.length; h++) if (v[h]! > 0) return h;
  return -1;
}

function pushMix(m: HopMix, tx: number, hop: number, amount: number): void {
  if (m.length === m.tx.length) {
    const size = m.length * 2;
    const tx2 = new Int32Array(size), hop2 = new Int32Array(size), amount2 = new Float64Array(size);
    tx2.set(m.tx); hop2.set(m.hop); amount2.set(m.amount);
    m.tx = tx2; m.hop = hop2; m.amount = amount2;
  }
  m.tx[m.length] = tx;
  m.hop[m.length] = hop;
  m.amount[m.length++] = amount;
}

