// The overlapped pass (read in this thread, allocation pass in a worker as the rows arrive)
// gives the same documents, byte for byte, as reading everything first: every method, with a
// window (--until: fewer rows than trace_flows holds), inferred links on and off, forward
// with a ledger and trajectories. The worker is built from the sources for the test, as the
// build does for the CLI. The overlapped runs are the trace command's own steps (parse its
// options, traceCase, print the document) with the pass tuned through TraceRequest.pass.
import { join } from "node:path";
import { build } from "esbuild";
import yargs from "yargs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryIo } from "../src/cli/io.js";
import { printJsonStreaming } from "../src/cli/output.js";
import { openCase } from "../src/db/connect.js";
import { traceCase } from "../src/trace/traceCase.js";
import { traceOptions, traceRequest } from "../src/trace/traceOptions.js";
import { METHODS } from "../src/trace/types.js";
import { runPositions } from "../src/trace/loadFlows.js";
import { cli } from "./util/cli.js";
import { makeCase } from "./util/case.js";
import { tmpDir } from "./util/tmp.js";

// A deterministic random case: 40 wallets, `n` transfers over 60 days, a cash agent.
function transfers(n = 3000): string {
  let x = 12345;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines = ["tx_id,timestamp,from_account,to_account,amount,currency"];
  for (let i = 0; i < n; i++) {
    const a = Math.floor(rnd() * 40), b = (a + 1 + Math.floor(rnd() * 39)) % 40;
    const to = rnd() < 0.03 ? "agent:cash" : `wallet:${b}`;
    const t = new Date(Date.UTC(2024, 0, 1) + Math.floor(rnd() * 60 * 86400) * 1000).toISOString().replace(".000", "");
    lines.push(`t${i},${t},wallet:${a},${to},${(10 + Math.floor(rnd() * 50000) / 100).toFixed(2)},USD`);
  }
  return lines.join("\n") + "\n";
}

/** Run `sql` on the case at `path` (outside any trace) and return its rows as JSON objects. */
async function onCase(path: string, sql: string) {
  const db = await openCase(path);
  try {
    return (await db.conn.runAndReadAll(sql)).getRowObjectsJson();
  } finally {
    db.close();
  }
}

const NOW = new Date("2026-01-01T00:00:00Z");

/**
 * `flowtrace trace ARGS` as the command runs it, with its pass tuned: rows are stored during
 * the read in blocks of one data chunk (2,048 rows) by default; these cases have a few hundred
 * traced transfers, so every row is stored as soon as the pass publishes it (block 1), and the
 * read waits for the pass after each chunk (on its own it would be over first). Returns what
 * it printed and how its pass ran.
 */
async function trace(args: string[]) {
  const parsed = await traceOptions(yargs().option("db", { type: "string", demandOption: true }).option("json", { type: "boolean" }))
    .strict().parse(args.slice(args[0] === "trace" ? 1 : 0));
  let pass = { overlapped: false, storedEarly: 0 };
  const db = await openCase(parsed.db);
  try {
    const req = { ...(await traceRequest(db, parsed)), pass: { storeBlock: 1, lockstep: true, observe: (p: typeof pass) => { pass = p; } } };
    const doc = await traceCase(db, req, () => NOW, "full");
    const io = memoryIo(NOW);
    await printJsonStreaming(io, doc as unknown as Record<string, unknown>);
    return { stdout: io.stdout, pass };
  } finally {
    db.close();
  }
}

/** The same command without the worker (read everything, then pass) and with it (overlapped). */
async function plainAndOverlapped(args: string[]) {
  const worker = process.env.FLOWTRACE_PASS_WORKER!;
  process.env.FLOWTRACE_PASS_WORKER = "off";
  const plain = await cli(args, NOW);
  process.env.FLOWTRACE_PASS_WORKER = worker;
  return { plain, overlapped: await trace(args) };
}

let restore: string | undefined;
beforeAll(async () => {
  const out = join(tmpDir(), "trace-worker.js");
  await build({ entryPoints: ["src/trace/passWorker.ts"], outfile: out, bundle: true, platform: "node", format: "esm", packages: "external", logLevel: "warning" });
  restore = process.env.FLOWTRACE_PASS_WORKER;
  process.env.FLOWTRACE_PASS_WORKER = out;
});
afterAll(() => {
  if (restore === undefined) delete process.env.FLOWTRACE_PASS_WORKER;
  else process.env.FLOWTRACE_PASS_WORKER = restore;
});

describe("the overlapped pass", () => {
  // One test per rule (three option sets each), so that none nears the timeout on a busy
  // two-core laptop; the last one checks what they did together.
  describe("prints the same documents as reading every transfer first", () => {
    let early = 0;
    let runs = 0;
    let db = "";
    beforeAll(async () => {
      db = (await makeCase({ transfers: transfers(), accounts: "account_id,kind\nagent:cash,cash\n" })).db;
    });
    it.each([...METHODS])("%s", async (method) => {
      const seeds = ["t5", "t17", "t300", "t1200"].join(",");
      for (const extra of [[], ["--until", "2024-02-10"], ["--max-hops", "2", "--min-amount", "30"]]) {
        const args = ["trace", "--db", db, "--seed-tx", seeds, "--method", method, "--engine", "stream", "--json", ...extra];
        const { plain, overlapped } = await plainAndOverlapped(args);
        expect(plain.code).toBe(0);
        expect([method, extra, overlapped.stdout]).toEqual([method, extra, plain.stdout]);
        expect([method, extra, overlapped.pass.overlapped]).toEqual([method, extra, true]);
        early += overlapped.pass.storedEarly;
        runs++;
      }
    });
    it("ran every rule and option set, storing rows while the pass ran", () => {
      expect(runs).toBe(METHODS.length * 3);
      expect(early).toBeGreaterThan(0);
    });
  });

  it("falls back to reading and sorting first when rows arrive out of order, with the same result", async () => {
    const c = await makeCase({ transfers: transfers() });
    const args = ["trace", "--db", c.db, "--seed-tx", "t5,t17", "--method", "fifo", "--engine", "stream", "--json"];
    const inOrder = await trace(args);
    expect(inOrder.pass.overlapped).toBe(true);
    // The prepared copy stored backwards (its stamp still current): rows now arrive last first.
    await onCase(c.db, "CREATE OR REPLACE TABLE trace_flows AS SELECT * FROM trace_flows ORDER BY pos DESC");
    const reversed = await trace(args);
    expect(reversed.stdout).toBe(inOrder.stdout);
    expect(reversed.pass.overlapped).toBe(false); // the worker's pass was abandoned, not used
  });

  it("rolls back the rows it stored before finding rows out of order", async () => {
    // 6,000 transfers (three chunks of the read), the last two swapped: rows of the first two
    // chunks have been stored before the read reaches them.
    const c = await makeCase({ transfers: transfers(6000) });
    const args = ["trace", "--db", c.db, "--seed-tx", "t5,t17,t300", "--method", "haircut", "--engine", "stream", "--json"];
    const inOrder = await trace(args);
    expect(inOrder.pass.overlapped).toBe(true);
    await onCase(c.db, "CREATE OR REPLACE TABLE trace_flows AS SELECT * FROM trace_flows ORDER BY CASE WHEN pos >= (SELECT max(pos) - 1 FROM trace_flows) THEN 2 * (SELECT max(pos) FROM trace_flows) - 1 - pos ELSE pos END");
    const swapped = await trace(args);
    expect(swapped.pass.storedEarly).toBeGreaterThan(0);
    expect(swapped.pass.overlapped).toBe(false);
    expect(swapped.stdout).toBe(inOrder.stdout); // no row twice, none missing
    const [rows] = await onCase(c.db, "SELECT count(*)::INTEGER AS n, count(DISTINCT load_seq)::INTEGER AS d FROM trace_transfer_rows");
    expect(rows!.n).toBe(rows!.d);
  });

  it("falls back to the plain read when a load_seq does not fit in INTEGER, with the same result", async () => {
    const c = await makeCase({ transfers: transfers() });
    const args = ["trace", "--db", c.db, "--seed-tx", "t5,t17,t300", "--method", "lifo", "--engine", "stream", "--json"];
    const small = await trace(args);
    expect(small.pass.overlapped).toBe(true);
    // The overlapped read keeps load_seq as INTEGER; a case numbered past 2^31 must not lose it.
    await onCase(c.db, "UPDATE transfer_records SET load_seq = load_seq + 3000000000");
    const large = await trace(args);
    expect(large.pass.overlapped).toBe(false);
    expect(large.stdout).toBe(small.stdout);
    const [seqs] = await onCase(c.db, "SELECT min(load_seq)::VARCHAR AS lo, count(*)::INTEGER AS n FROM trace_transfer_rows");
    expect(BigInt(String(seqs!.lo))).toBeGreaterThan(3000000000n);
    expect(seqs!.n).toBeGreaterThan(0);
  });

  it("names the right transfers when rows are left out of the read (positions kept as runs)", async () => {
    const c = await makeCase({ transfers: transfers() });
    expect((await cli(["trace", "--db", c.db, "--seed-tx", "t5"])).code).toBe(0); // builds the prepared copy
    // Every seventh transfer marked as an inferred link in the prepared copy (its stamp still
    // current): a trace without --inferred reads around them, so pos has gaps.
    await onCase(c.db, "UPDATE trace_flows SET inferred = true WHERE pos % 7 = 3");
    for (const method of ["fifo", "haircut"]) {
      const args = ["trace", "--db", c.db, "--seed-tx", "t5,t17,t300,t1200", "--method", method, "--engine", "stream", "--json"];
      const { plain, overlapped } = await plainAndOverlapped(args);
      expect(plain.code).toBe(0);
      expect(overlapped.pass.overlapped).toBe(true);
      expect(JSON.parse(overlapped.stdout).trajectories.length).toBeGreaterThan(0);
      expect(overlapped.stdout).toBe(plain.stdout);
    }
  });

  it("finds a transfer's pos from runs of consecutive positions", () => {
    const dense = [1, 2, 3, 7, 8, 10, 11, 12, 20, 21];
    const starts: number[] = [], values: number[] = [];
    let last = -1;
    dense.forEach((p, i) => { if (p !== last + 1) { starts.push(i); values.push(p); } last = p; });
    expect(starts).toEqual([0, 3, 5, 8]);
    const pos = runPositions(starts, values);
    expect(dense.map((_, i) => pos.of(i))).toEqual(dense);
  });
});
