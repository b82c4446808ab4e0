// Differential test: the typed-array engine against the plain reference simulation written
// from docs/spec/tracing-semantics.md, on thousands of random small cases (cycles, equal timestamps,
// fees, terminal accounts, shortfalls, stated balances, opening balances, hop limits,
// thresholds), plus the conservation identity on the engine's unrounded totals.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forwardCore } from "../src/trace/forwardCore.js";
import { METHODS, type Method } from "../src/trace/types.js";
import { referenceTrace, type RefTransfer } from "./fixtures/trace/referenceTrace.js";
import { toFlows, withDense } from "./fixtures/trace/toFlows.js";

const ACCOUNTS = ["a", "b", "c", "d", "e", "svc"];
const money = fc.integer({ min: 1, max: 20000 }).map((c) => c / 100);
const transfer = fc.record({
  from: fc.constantFrom(...ACCOUNTS),
  to: fc.constantFrom(...ACCOUNTS),
  out: money,
  feePct: fc.constantFrom(0, 0, 0, 1, 5),
  bal: fc.option(fc.integer({ min: 0, max: 30000 }).map((c) => c / 100), { freq: 8 }),
});
const scenario = fc.record({
  txs: fc.array(transfer, { minLength: 1, maxLength: 14 }),
  seeds: fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
  method: fc.constantFrom<Method>(...METHODS),
  maxHops: fc.integer({ min: 0, max: 4 }),
  minAmount: fc.constantFrom(0, 0, 1, 25),
  opening: fc.constantFrom<"zero" | "inferred">("zero", "inferred"),
  terminalSvc: fc.boolean(),
  openA: fc.option(fc.constantFrom(0, 10, 100)),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
function build(s: Scenario): RefTransfer[] {
  return s.txs
    .filter((t) => t.from !== t.to)
    .map((t, i) => ({
      from: t.from, to: t.to, out: t.out,
      in: Math.round(t.out * (100 - t.feePct)) / 100,
      seed: s.seeds[i] ?? false,
      ...(t.bal !== null && i % 2 === 0 ? { balFrom: t.bal } : {}),
      ...(t.bal !== null && i % 2 === 1 ? { balTo: t.bal } : {}),
    }));
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

describe("forwardCore against the reference simulation", () => {
  it("agrees on every transfer, account and total for random small cases", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const txs = build(s);
        if (txs.length === 0) return;
        const terminal = new Set(s.terminalSvc ? ["svc"] : []);
        const openings = new Map(s.openA !== null ? [["a", s.openA]] : []);
        const ref = referenceTrace(txs, { method: s.method, maxHops: s.maxHops, minAmount: s.minAmount, opening: s.opening, terminal, openings });
        const { flows, accounts, index } = toFlows(txs, terminal, openings);
        const got = withDense(forwardCore(flows, accounts, { method: s.method, maxHops: s.maxHops, minAmount: s.minAmount, opening: s.opening, ledger: true }), flows.n);
        txs.forEach((_, i) => {
          expect(close(got.tainted[i]!, ref.tainted[i]!), `tainted[${i}] ${got.tainted[i]} vs ${ref.tainted[i]}`).toBe(true);
          expect(close(got.taintedIn[i]!, ref.taintedIn[i]!), `taintedIn[${i}]`).toBe(true);
        });
        for (const [id, a] of ref.accounts) {
          const k = index.get(id)!;
          expect(close(got.accTaintedIn[k]!, a.taintedIn), `${id} tainted_in`).toBe(true);
          expect(close(got.accTaintedOut[k]!, a.taintedOut), `${id} tainted_out`).toBe(true);
          expect(close(got.accRetained[k]!, a.retained), `${id} retained ${got.accRetained[k]} vs ${a.retained}`).toBe(true);
          expect(close(got.accUnexplainedOut[k]!, a.unexplained), `${id} unexplained`).toBe(true);
        }
        for (const key of Object.keys(ref.totals) as (keyof typeof ref.totals)[]) {
          expect(close(got.totals[key], ref.totals[key]), `${key} ${got.totals[key]} vs ${ref.totals[key]}`).toBe(true);
        }
      }),
      { numRuns: 3000, seed: 20260101 },
    );
  });

  it("rebuilds fifo/lifo lots lazily with the same bits as keeping every account's lots", () => {
    // The engine keeps lots only for accounts that have held taint and replays an account's
    // earlier records when taint first reaches it (forwardCore's materialize). Keeping every
    // account's lots from the start is the plain definition; every output must agree to the bit.
    const same = (x: ArrayLike<number>, y: ArrayLike<number>, what: string) => expect(Array.from(x), what).toEqual(Array.from(y));
    fc.assert(
      fc.property(scenario, fc.constantFrom<Method>("fifo", "lifo"), (s, method) => {
        const txs = build(s);
        if (txs.length === 0) return;
        const terminal = new Set(s.terminalSvc ? ["svc"] : []);
        const openings = new Map(s.openA !== null ? [["a", s.openA]] : []);
        const { flows, accounts } = toFlows(txs, terminal, openings);
        const opts = { method, maxHops: s.maxHops, minAmount: s.minAmount, opening: s.opening, ledger: true } as const;
        const lazy = withDense(forwardCore(flows, accounts, opts), flows.n), eager = withDense(forwardCore(flows, accounts, { ...opts, eagerLots: true }), flows.n);
        same(lazy.tx.tx.subarray(0, lazy.tx.length), eager.tx.tx.subarray(0, eager.tx.length), "rows");
        for (const k of ["tainted", "taintedIn", "hop", "fees", "beyondHorizon", "belowThreshold", "accTaintedIn", "accTaintedOut", "accRetained", "accFirstHop"] as const) {
          same(lazy[k], eager[k], k);
        }
        // Unexplained outflows are a figure of the accounts taint reached (the ones a run
        // stores): the lazy pass keeps no balance for the others, and replays an account's
        // shortfalls with its lots when taint first reaches it.
        const traced = (v: Float64Array) => Array.from(v).filter((_, a) => eager.accTaintedIn[a]! > 0);
        same(traced(lazy.accUnexplainedOut), traced(eager.accUnexplainedOut), "accUnexplainedOut of traced accounts");
        const l = lazy.ledger!, e = eager.ledger!;
        expect(l.length).toBe(e.length);
        for (const k of ["account", "outTx", "inTx", "origin", "amount", "tainted", "hop"] as const) same(l[k].subarray(0, l.length), e[k].subarray(0, e.length), `ledger ${k}`);
        expect(lazy.totals).toEqual(eager.totals);
        expect(lazy.corrections).toEqual(eager.corrections);
      }),
      { numRuns: 3000, seed: 20261125 },
    );
  });

  it("applies stated balances reconciled in their own currency (gaps) as the reference does, with the same bits lazily", () => {
    // A side states either a balance (compared in the reporting currency) or a gap (the
    // correction a balance reconciled in its statement's currency calls for): mixed here.
    const gap = fc.option(fc.integer({ min: -20000, max: 20000 }).map((c) => c / 100), { freq: 3 });
    fc.assert(
      fc.property(scenario, fc.array(gap, { minLength: 14, maxLength: 14 }), (s, gaps) => {
        const txs = build(s).map((t, i) => {
          const g = gaps[i];
          if (g === null || g === undefined) return t;
          const { balFrom: _f, balTo: _t, ...rest } = t;
          return i % 3 === 0 ? { ...rest, gapTo: g } : { ...rest, gapFrom: g };
        });
        if (txs.length === 0) return;
        const terminal = new Set(s.terminalSvc ? ["svc"] : []);
        const openings = new Map(s.openA !== null ? [["a", s.openA]] : []);
        const ref = referenceTrace(txs, { method: s.method, maxHops: s.maxHops, minAmount: s.minAmount, opening: s.opening, terminal, openings });
        const { flows, accounts, index } = toFlows(txs, terminal, openings);
        const opts = { method: s.method, maxHops: s.maxHops, minAmount: s.minAmount, opening: s.opening, ledger: true } as const;
        const got = withDense(forwardCore(flows, accounts, opts), flows.n);
        txs.forEach((_, i) => expect(close(got.tainted[i]!, ref.tainted[i]!), `tainted[${i}] ${got.tainted[i]} vs ${ref.tainted[i]}`).toBe(true));
        for (const [id, a] of ref.accounts) {
          const k = index.get(id)!;
          expect(close(got.accRetained[k]!, a.retained), `${id} retained ${got.accRetained[k]} vs ${a.retained}`).toBe(true);
        }
        for (const key of Object.keys(ref.totals) as (keyof typeof ref.totals)[]) {
          expect(close(got.totals[key], ref.totals[key]), `${key} ${got.totals[key]} vs ${ref.totals[key]}`).toBe(true);
        }
        if (s.method === "fifo" || s.method === "lifo") {
          const eager = withDense(forwardCore(flows, accounts, { ...opts, eagerLots: true }), flows.n);
          expect(Array.from(got.tainted)).toEqual(Array.from(eager.tainted));
          expect(got.totals).toEqual(eager.totals);
          expect(got.corrections).toEqual(eager.corrections);
        }
      }),
      { numRuns: 1500, seed: 20261208 },
    );
  });

  it("conserves value for every method but poison: seeded = retained + exited + beyond + below + fees", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const txs = build(s);
        if (txs.length === 0 || s.method === "poison") return;
        const { flows, accounts } = toFlows(txs, new Set(s.terminalSvc ? ["svc"] : []));
        const t = forwardCore(flows, accounts, { method: s.method, maxHops: s.maxHops, minAmount: s.minAmount, opening: s.opening, ledger: false }).totals;
        expect(Math.abs(t.seeded - (t.retained + t.exited + t.beyond_horizon + t.below_threshold + t.fees))).toBeLessThan(1e-6);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
