// The allocation core on the worked examples of docs/spec/tracing-semantics.md (every row of both tables)
// and on small hand-computed cases.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forwardCore } from "../src/trace/forwardCore.js";
import { METHODS, type Method } from "../src/trace/types.js";
import type { RefTransfer } from "./fixtures/trace/referenceTrace.js";
import { toFlows, withDense } from "./fixtures/trace/toFlows.js";

const run = (txs: RefTransfer[], method: Method, extra: Partial<{ maxHops: number; minAmount: number; opening: "zero" | "inferred"; terminal: Set<string>; openings: Map<string, number> }> = {}) => {
  const { flows, accounts, index } = toFlows(txs, extra.terminal, extra.openings);
  const r = withDense(forwardCore(flows, accounts, { method, maxHops: extra.maxHops ?? 6, minAmount: extra.minAmount ?? 0, opening: extra.opening ?? "zero", ledger: true }), flows.n);
  return { r, index };
};
const cents = (v: number) => Math.round(v * 100) / 100;

// Example 1: A receives 100 clean (t1), 50 tainted (t2, seed), sends 70 to B (t3), 60 to C (t4).
const example1: RefTransfer[] = [
  { from: "src", to: "A", out: 100, in: 100 },
  { from: "victim", to: "A", out: 50, in: 50, seed: true },
  { from: "A", to: "B", out: 70, in: 70 },
  { from: "A", to: "C", out: 60, in: 60 },
];
const table1: Record<Method, [number, number, number | null]> = {
  poison: [70, 60, null], haircut: [23.33, 20.0, 6.67], fifo: [0, 30, 20],
  lifo: [50, 0, 0], libr: [0, 30, 20], "tainted-first": [50, 0, 0],
};
// Example 2: A receives 5 clean (t1), 10 tainted (t2), sends 8 to X (t3), receives 4 clean (t4), sends 6 to Y (t5).
const example2: RefTransfer[] = [
  { from: "src", to: "A", out: 5, in: 5 },
  { from: "victim", to: "A", out: 10, in: 10, seed: true },
  { from: "A", to: "X", out: 8, in: 8 },
  { from: "src", to: "A", out: 4, in: 4 },
  { from: "A", to: "Y", out: 6, in: 6 },
];
const table2: Record<Method, [number, number, number | null]> = {
  poison: [8, 6, null], haircut: [5.33, 2.55, 2.12], fifo: [3, 6, 1],
  lifo: [8, 2, 0], libr: [3, 2, 5], "tainted-first": [8, 2, 0],
};

/** The rows of the markdown table that follows `heading` in docs/spec/tracing-semantics.md. */
function specTable(heading: string): Record<string, (number | null)[]> {
  const text = readFileSync(join(import.meta.dirname, "..", "docs/spec/tracing-semantics.md"), "utf8");
  const after = text.slice(text.indexOf(`\n${heading}\n`));
  const rows = after.split("\n").filter((l) => l.startsWith("| ")).slice(1, 7); // header, then six rules
  const num = (c: string) => (c === "(reachable)" ? null : Number(c));
  return Object.fromEntries(rows.map((l) => {
    const [method, a, b, kept] = l.split("|").slice(1, 5).map((c) => c.trim());
    return [method!, [num(a!), num(b!), num(kept!)]];
  }));
}

describe("forwardCore on the worked examples", () => {
  it("checks the tables as docs/spec/tracing-semantics.md states them", () => {
    expect(specTable("## Worked example")).toEqual(table1);
    expect(specTable("### Second worked example")).toEqual(table2);
  });

  for (const method of METHODS) {
    it(`example 1, ${method}: to B, to C, retained in A as in the table`, () => {
      const { r, index } = run(example1, method);
      const [toB, toC, kept] = table1[method];
      expect(cents(r.tainted[2]!)).toBe(toB);
      expect(cents(r.tainted[3]!)).toBe(toC);
      if (kept !== null) expect(cents(r.accRetained[index.get("A")!]!)).toBe(kept);
    });
    it(`example 2, ${method}: to X, to Y, retained in A as in the table`, () => {
      const { r, index } = run(example2, method);
      const [toX, toY, kept] = table2[method];
      expect(cents(r.tainted[2]!)).toBe(toX);
      expect(cents(r.tainted[4]!)).toBe(toY);
      if (kept !== null) expect(cents(r.accRetained[index.get("A")!]!)).toBe(kept);
    });
  }

  it("haircut example 2 follows the stated arithmetic: 8*10/15, then 6*4.667/11", () => {
    const { r } = run(example2, "haircut");
    expect(r.tainted[2]).toBeCloseTo((8 * 10) / 15, 12);
    expect(r.tainted[4]).toBeCloseTo((6 * (10 - (8 * 10) / 15)) / 11, 12);
  });
});

describe("forwardCore rules", () => {
  it("a fee keeps the taint's share: 50 tainted sent as 50 out / 45 in delivers 45, 5 to fees", () => {
    const { r } = run([{ from: "v", to: "A", out: 50, in: 50, seed: true }, { from: "A", to: "B", out: 50, in: 45 }], "fifo");
    expect(r.taintedIn[1]).toBe(45);
    expect(r.totals.fees).toBe(5);
    expect(r.totals.retained).toBe(45);
  });

  it("a terminal account stops taint and reports it as exited", () => {
    const { r, index } = run([
      { from: "v", to: "A", out: 50, in: 50, seed: true },
      { from: "A", to: "agent", out: 30, in: 30 },
      { from: "agent", to: "B", out: 30, in: 30 },
    ], "fifo", { terminal: new Set(["agent"]) });
    expect(r.accExited[index.get("agent")!]).toBe(30);
    expect(r.tainted[2]).toBe(0);
    expect(r.totals).toMatchObject({ seeded: 50, exited: 30, retained: 20 });
  });

  it("a shortfall is drawn from the unexplained source and moves all taint (o >= B)", () => {
    const { r, index } = run([
      { from: "v", to: "A", out: 50, in: 50, seed: true },
      { from: "A", to: "B", out: 80, in: 80 },
    ], "haircut");
    expect(r.tainted[1]).toBe(50);
    expect(r.accUnexplainedOut[index.get("A")!]).toBe(30);
    expect(r.totals.unexplained_out).toBe(30);
  });

  it("--opening-balance inferred places the missing 30 before A's first record (haircut 80*50/80)", () => {
    const { r, index } = run([
      { from: "v", to: "A", out: 50, in: 50, seed: true },
      { from: "A", to: "B", out: 80, in: 80 },
      { from: "A", to: "C", out: 0.01, in: 0.01 },
    ], "haircut", { opening: "inferred" });
    expect(r.accInferredOpening[index.get("A")!]).toBeCloseTo(30.01, 9);
    // A holds 30.01 clean + 50 tainted; 80 leaves: 80 * 50 / 80.01.
    expect(r.tainted[1]).toBeCloseTo((80 * 50) / 80.01, 9);
  });

  it("--max-hops 1: taint arriving at hop 2 arrives clean and is counted beyond the horizon", () => {
    const { r } = run([
      { from: "v", to: "A", out: 50, in: 50, seed: true },
      { from: "A", to: "B", out: 50, in: 50 },
      { from: "B", to: "C", out: 40, in: 40 },
    ], "fifo", { maxHops: 1 });
    expect(r.hop[1]).toBe(1);
    expect(r.beyondHorizon[2]).toBe(40);
    expect(r.taintedIn[2]).toBe(0);
    expect(r.totals).toMatchObject({ seeded: 50, retained: 10, beyond_horizon: 40 });
  });

  it("--min-amount 5: a transfer delivering 3 of taint delivers it clean (below_threshold)", () => {
    const { r } = run([
      { from: "v", to: "A", out: 50, in: 50, seed: true },
      { from: "A", to: "B", out: 3, in: 3 },
    ], "fifo", { minAmount: 5 });
    expect(r.taintedIn[1]).toBe(0);
    expect(r.totals).toMatchObject({ below_threshold: 3, retained: 47 });
  });

  it("a stated balance above ours is a hidden deposit; below ours a hidden withdrawal under the rule", () => {
    const { r } = run([
      { from: "v", to: "A", out: 50, in: 50, seed: true },
      // A states 70 after sending 10: so it held 80 before, 30 more than computed (hidden deposit).
      { from: "A", to: "B", out: 10, in: 10, balFrom: 70 },
      // A states 20 after sending 10: it held 30, not 70: 40 left unseen (fifo: 40 of the 50 tainted... minus the 10 sent).
      { from: "A", to: "C", out: 10, in: 10, balFrom: 20 },
    ], "fifo");
    expect(r.corrections.map((c) => [c.kind, c.amount])).toEqual([["hidden_deposit", 30], ["hidden_withdrawal", 40]]);
    // fifo: 10 (t2) from the seed lot; hidden withdrawal 40 takes the remaining 40 tainted; C gets clean.
    expect(r.tainted[1]).toBe(10);
    expect(r.corrections[1]!.tainted).toBe(40);
    expect(r.tainted[2]).toBe(0);
    expect(r.totals).toMatchObject({ seeded: 50, exited: 40, retained: 10 }); // the 10 sent to B
  });

  it("the fifo ledger lists the lots each tainted outflow consumed", () => {
    const { r } = run(example1, "fifo");
    const l = r.ledger!;
    const rows = Array.from({ length: l.length }, (_, k) => [l.outTx[k], l.inTx[k], l.amount[k], l.tainted[k]]);
    // t4 (60 to C) takes 30 remaining of the clean 100 lot, then 30 of the tainted 50 lot.
    expect(rows).toEqual([[3, 0, 30, 0], [3, 1, 30, 30]]);
  });
});
