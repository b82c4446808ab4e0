// printJson writes big documents in pieces; the bytes must be those of JSON.stringify(doc, null, 2).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../src/cli/io.js";
import { printJson } from "../src/cli/output.js";

const printed = (doc: unknown) => {
  const io = memoryIo();
  printJson(io, doc);
  return io.stdout;
};

describe("printJson", () => {
  it("writes exactly what JSON.stringify(doc, null, 2) writes", () => {
    const doc = {
      run_id: "run-1", empty: [], none: {}, skipped: undefined, n: null, when: new Date("2026-01-02T03:04:05Z"),
      transfers: [{ tx_id: "t<1>", hops: { "1": 2.5 }, path: ["a", "b"], nested: [[], {}, [1, [2, { x: "é\u2028" }]]] }, undefined, 3, "s"],
      totals: { seeded: 1.5, by: { a: [1, 2] } },
    };
    expect(printed(doc)).toBe(JSON.stringify(doc, null, 2) + "\n");
    expect(printed([])).toBe("[]\n");
    expect(printed("text")).toBe('"text"\n');
  });

  it("agrees with JSON.stringify on random documents", () => {
    fc.assert(fc.property(fc.jsonValue(), fc.array(fc.jsonValue()), (a, b) => {
      const doc = { a, list: b, deep: { again: b } };
      expect(printed(doc)).toBe(JSON.stringify(doc, null, 2) + "\n");
      expect(printed(b)).toBe(JSON.stringify(b, null, 2) + "\n");
    }), { numRuns: 500, seed: 11 });
  });
});
