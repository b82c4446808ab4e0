// printJson writes big documents in pieces; the bytes must be those of JSON.stringify(doc, null, 2).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../src/cli/io.js";
import { printJson, printJsonStreaming } from "../src/cli/output.js";

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

  it("prints members given as streams of row batches exactly as the arrays they stand for", async () => {
    const streamed = async (doc: Record<string, unknown>) => {
      const io = memoryIo();
      await printJsonStreaming(io, doc);
      return io.stdout;
    };
    // Cut an array into batches (some empty) at the given points.
    const batches = (rows: unknown[], cuts: number[]) => ({
      async *[Symbol.asyncIterator]() {
        let at = 0;
        for (const c of [...cuts.map((x) => x % (rows.length + 1)).sort((x, y) => x - y), rows.length]) {
          yield rows.slice(at, Math.max(at, c));
          at = Math.max(at, c);
        }
      },
    });
    await fc.assert(fc.asyncProperty(fc.jsonValue(), fc.array(fc.jsonValue()), fc.array(fc.nat(40), { maxLength: 5 }), async (a, rows, cuts) => {
      const plain = { run_id: "r", a, transfers: rows, after: { x: [1, 2] }, skipped: undefined };
      expect(await streamed({ ...plain, transfers: batches(rows, cuts) })).toBe(JSON.stringify(plain, null, 2) + "\n");
    }), { numRuns: 300, seed: 12 });
    expect(await streamed({})).toBe("{}\n");
    expect(await streamed({ t: batches([], [0, 0]) })).toBe('{\n  "t": []\n}\n');
  });
});

describe("formatTable(columns, rows)", () => {
  it("prints 200,000 rows (column widths without spreading the rows as arguments)", async () => {
    const { formatTable } = await import("../src/cli/output.js");
    const rows = Array.from({ length: 200_000 }, (_, i) => [`file${i % 7}.csv`, i]);
    const text = formatTable(["file", "row"], rows);
    expect(text.split("\n")[0]).toBe(`${"file".padEnd(9)}  ${"row".padStart(6)}`);
    expect(text.split("\n").length).toBe(200_000 + 3);
  });
});
