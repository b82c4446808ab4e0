// What the exercise's documented workflow computes for the amount questions that depend on a
// tracing rule (cash_out_usd, to_leaders_usd): the project's own forward trace (trace/forwardCore,
// the allocation pass `flowtrace trace` runs) over the generated canonical case, from every
// ransom payment, with the options the exercise gives (`--method fifo`, the CLI's defaults: 6
// hops, no threshold, zero openings where the case has none). The case is built here exactly as
// ingest loads transfers.csv, accounts.csv and fx.csv: transfers in file order (ties in time
// keep it), values at fx.csv's official rate of the transfer's day (the last day's after it) to
// the cent, accounts of kind service or cash terminal, opening balances as accounts.csv states
// them. test/generate-answers.test.ts checks the figures against the real CLI workflow.
import { forwardCore } from "../trace/forwardCore.js";
import type { AccountTable, Flows } from "../trace/types.js";
import { type Ctx, dayOf } from "./ctx.js";
import { toUsdCents, type Currency } from "./fx.js";
import type { Account, Transfer } from "./model.js";

export const KEY_RULE = "fifo";
export const KEY_MAX_HOPS = 6;

export interface RuleFigures {
  /** Tainted money delivered to each account the trace reached, USD to the cent. */
  taintedIn: Map<string, number>;
}

/**
 * `written`: transfers.csv's rows in file order; `accounts`: every account of accounts.csv by
 * id; `seeds`: the ransom payments' ids.
 */
export function fifoFigures(ctx: Ctx, written: Transfer[], accounts: Map<string, Account>, seeds: Set<string>): RuleFigures {
  const order = written.map((t, i) => ({ t, i })).sort((a, b) => a.t.ts - b.t.ts || a.i - b.i);
  const n = order.length;
  const index = new Map<string, number>();
  const key = (id: string) => {
    let k = index.get(id);
    if (k === undefined) { k = index.size; index.set(id, k); }
    return k;
  };
  const cents = (c: bigint, cur: Currency, ts: number) => Number(cur === "USD" ? c : toUsdCents(c, ctx.fx.scaled(dayOf(ctx, ts), cur, "official"))) / 100;
  const f: Flows = {
    n, from: new Int32Array(n), to: new Int32Array(n), valueOut: new Float64Array(n), valueIn: new Float64Array(n),
    ts: null, seed: new Uint8Array(n), balanceAfterFrom: null, balanceAfterTo: null,
  };
  order.forEach(({ t }, i) => {
    f.from[i] = key(t.from);
    f.to[i] = key(t.to);
    f.valueOut[i] = cents(t.amount, t.currency, t.ts);
    f.valueIn[i] = cents(t.received, t.currencyReceived, t.ts);
    f.seed[i] = seeds.has(t.id) ? 1 : 0;
  });
  const acc: AccountTable = { count: index.size, terminal: new Uint8Array(index.size), opening: new Float64Array(index.size).fill(NaN) };
  for (const [id, k] of index) {
    const a = accounts.get(id);
    if (!a) continue; // not in accounts.csv: ingest creates it as kind other, no opening
    if (a.kind === "service" || a.kind === "cash") acc.terminal[k] = 1;
    if (a.opening > 0n) acc.opening[k] = Number(a.currency === "USD" ? a.opening : toUsdCents(a.opening, ctx.fx.scaled(0, a.currency, "official"))) / 100;
  }
  const core = forwardCore(f, acc, { method: KEY_RULE, maxHops: KEY_MAX_HOPS, minAmount: 0, opening: "zero", ledger: false });
  const taintedIn = new Map<string, number>();
  for (const [id, k] of index) {
    const v = core.accTaintedIn[k]!;
    if (v > 0) taintedIn.set(id, Math.round(v * 100) / 100);
  }
  return { taintedIn };
}
