// The overlapped pass (read in this thread, allocation pass in a worker as the rows arrive)
// gives the same documents, byte for byte, as reading everything first: every method, with a
// window (--until: fewer rows than trace_flows holds), inferred links on and off, forward
// with a ledger and trajectories. The worker is built from the sources for the test, as the
// build does for the CLI.
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCase } from "../src/db/connect.js";
import { METHODS } from "../src/trace/types.js";
import { cli } from "./util/cli.js";
import { makeCase } from "./util/case.js";
import { tmpDir } from "./util/tmp.js";

// A deterministic random case: 40 wallets, 3,000 transfers over 60 days, a cash agent.
function transfers(): string {
  let x = 12345;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines = ["tx_id,timestamp,from_account,to_account,amount,currency"];
  for (let i = 0; i < 3000; i++) {
    const a = Math.floor(rnd() * 40), b = (a + 1 + Math.floor(rnd() * 39)) % 40;
    const to = rnd() < 0.03 ? "agent:cash" : `wallet:${b}`;
    const t = new Date(Date.UTC(2024, 0, 1) + Math.floor(rnd() * 60 * 86400) * 1000).toISOString().replace(".000", "");
    lines.push(`t${i},${t},wallet:${a},${to},${(10 + Math.floor(rnd() * 50000) / 100).toFixed(2)},USD`);
  }
  return lines.join("\n") + "\n";
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
  it("prints the same documents as reading every transfer first", async () => {
    const { overlappedPasses: before } = await import("../src/trace/pipelinedPass.js");
    const c = await makeCase({ transfers: transfers(), accounts: "account_id,kind\nagent:cash,cash\n" });
    const seeds = ["t5", "t17", "t300", "t1200"].join(",");
    let runs = 0;
    for (const method of METHODS) {
      for (const extra of [[], ["--until", "2024-02-10"], ["--max-hops", "2", "--min-amount", "30"]]) {
        const args = ["trace", "--db", c.db, "--seed-tx", seeds, "--method", method, "--engine", "stream", "--json", ...extra];
        const worker = process.env.FLOWTRACE_PASS_WORKER!;
        process.env.FLOWTRACE_PASS_WORKER = "off";
        const plain = await cli(args);
        process.env.FLOWTRACE_PASS_WORKER = worker;
        const overlapped = await cli(args);
        expect(plain.code).toBe(0);
        expect([method, extra, overlapped.stdout]).toEqual([method, extra, plain.stdout]);
        runs++;
      }
    }
    const { overlappedPasses: after } = await import("../src/trace/pipelinedPass.js");
    expect(after - before).toBe(runs);
  });

  it("falls back to reading and sorting first when rows arrive out of order, with the same result", async () => {
    const mod = await import("../src/trace/pipelinedPass.js");
    const c = await makeCase({ transfers: transfers() });
    const args = ["trace", "--db", c.db, "--seed-tx", "t5,t17", "--method", "fifo", "--engine", "stream", "--json"];
    const inOrder = await cli(args);
    const before = mod.overlappedPasses;
    // The prepared copy stored backwards (its stamp still current): rows now arrive last first.
    const db = await openCase(c.db);
    await db.conn.run("CREATE OR REPLACE TABLE trace_flows AS SELECT * FROM trace_flows ORDER BY pos DESC");
    db.close();
    const reversed = await cli(args);
    expect(reversed.stdout).toBe(inOrder.stdout);
    expect(mod.overlappedPasses).toBe(before); // the worker's pass was abandoned, not used
  });
});
