// The tracer's columnar data model: transfers in processing order (ts, load sequence) as typed
// arrays, accounts by a dense local index. The allocation core works on these only (no database,
// no objects per row), so it can be tested against a plain reference simulation.

import type { Method } from "./methods.js";

// The rules are defined in methods.ts; re-exported for the modules that import them from here.
export { METHODS, type Method } from "./methods.js";
export type Direction = "forward" | "backward";
export type OpeningMode = "zero" | "inferred";

/** Transfers sorted by (ts, load sequence). Account fields are local account indexes. */
export interface Flows {
  n: number;
  from: Int32Array;
  to: Int32Array;
  valueOut: Float64Array;
  valueIn: Float64Array;
  /** Seconds since the epoch: read for backward traces only (their window); null otherwise. */
  ts: Float64Array | null;
  /** 1 for a seed transfer. */
  seed: Uint8Array;
  /** Sender's / receiver's balance after the transfer where the record says it, in the reporting currency (converted at the transfer's rate), else NaN. Null when no record has one. */
  balanceAfterFrom: Float64Array | null;
  balanceAfterTo: Float64Array | null;
  /**
   * The correction (reporting currency; > 0 hidden deposit, < 0 hidden withdrawal) a stated
   * balance calls for before the transfer, already reconciled in the statement's own currency
   * (sql/trace/balances_rebuild.sql), else NaN. Where a side has one, its balanceAfter* is NaN:
   * a stated balance is either reconciled in its own currency (a gap here) or, where it could
   * not be, converted and compared with the pass's balance (balanceAfter*). Absent or null when
   * no record has one.
   */
  balanceGapFrom?: Float64Array | null;
  balanceGapTo?: Float64Array | null;
}

export interface AccountTable {
  count: number;
  /** 1 for kind service or cash: taint stops there. */
  terminal: Uint8Array;
  /** Opening balance from the case data, NaN where unknown. */
  opening: Float64Array;
}

export interface CoreOptions {
  method: Method;
  maxHops: number;
  /** 0 means no threshold. */
  minAmount: number;
  opening: OpeningMode;
  /** Record the allocation ledger (rows for every outflow carrying taint). */
  ledger: boolean;
  /**
   * fifo/lifo: keep every account's lots from the start instead of rebuilding an account's lots
   * when taint first reaches it. Same results to the bit, much slower on large cases; the tests
   * use it to check the rebuild against the plain definition.
   */
  eagerLots?: boolean;
}

/** Where a consumed portion of an account's balance came from. */
export const ORIGINS = ["lot", "opening", "unexplained", "hidden_deposit", "mix"] as const;
export type OriginCode = 0 | 1 | 2 | 3 | 4;

/** Growable columnar ledger: one row per portion of an outflow (see trace_ledger). */
export interface LedgerRows {
  length: number;
  account: Int32Array;
  outTx: Int32Array;
  /** Funding transfer index, -1 for opening/unexplained/hidden deposit/mix. */
  inTx: Int32Array;
  origin: Uint8Array;
  amount: Float64Array;
  tainted: Float64Array;
  hop: Int16Array;
  /** For origin "mix" (haircut, libr, tainted-first): the account's balance and taint before the outflow. */
  balanceBefore: Float64Array;
  taintedBefore: Float64Array;
}

export interface Correction {
  kind: "hidden_deposit" | "hidden_withdrawal";
  account: number;
  tx: number;
  amount: number;
  /** Tainted part that left with a hidden withdrawal (into the unexplained sink, counted as exited). */
  tainted: number;
}

export interface TraceCore {
  maxHops: number;
  /** Per traced transfer (compact, ascending transfer index; txResults.ts). */
  tx: TxResults;
  /** Transfers whose taint mixes several hops: (transfer index, delivered hop, value_out taint) rows. */
  hopMix: HopMix;
  /** Per account. */
  accTaintedIn: Float64Array;
  accTaintedOut: Float64Array;
  accRetained: Float64Array;
  /**
   * Outflows beyond the balance, for the accounts taint reached (accTaintedIn > 0, the ones a
   * run stores); fifo and lifo do not keep it for the others (forwardCore's materialize).
   */
  accUnexplainedOut: Float64Array;
  accExited: Float64Array;
  accFirstHop: Int16Array;
  /** Transfer index of the first / last tainted event, -1 none. */
  accFirstTx: Int32Array;
  accLastTx: Int32Array;
  accInferredOpening: Float64Array;
  corrections: Correction[];
  ledger: LedgerRows | null;
  totals: Totals;
}

import type { Totals } from "./totals.js";
export type { Totals } from "./totals.js";

/**
 * One row per transfer that carried taint or lost it to the horizon or the threshold (the
 * transfers a run stores): tainted part of value_out, tainted part delivered, lowest hop, beyond
 * the horizon, below the threshold, fees. Transfers without a row have zeros and hop -1.
 */
export interface TxResults {
  length: number;
  tx: Int32Array;
  tainted: Float64Array;
  taintedIn: Float64Array;
  hop: Int32Array;
  beyondHorizon: Float64Array;
  belowThreshold: Float64Array;
  fees: Float64Array;
}

/**
 * Per-transfer rows in shared memory: `published[0]` of them are final, and the pass has
 * done the transfers before `published[1]`.
 */
export interface SharedRows {
  tx: TxResults;
  published: Int32Array;
}

export interface HopMix {
  length: number;
  tx: Int32Array;
  hop: Int32Array;
  amount: Float64Array;
}
