// A full forward pass (the stream engine) with the read and the allocation pass overlapped:
// this thread reads the transfers chunk by chunk into shared memory and advances a shared
// counter; a worker thread (passWorker.ts) runs forwardCore on them as they arrive. On 10M
// transfers this saves 0.6–0.85 s of the 2–3 s that reading then passing took (docs/engine.md).
// Results are the same to the bit: the same pass runs over the same arrays in the same order.
//
// Only for a pass that needs no transfer ahead of the one it is at: not with stated balances
// or inferred opening balances (the caller checks), and not when rows arrive out of order
// (then this returns null and the caller reads and sorts first, as without a worker). Also
// null when the worker's file is not there (tests run the sources; they build it to test
// this path). FLOWTRACE_PASS_WORKER=off turns it off; =FILE names the worker's file.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { CaseDb } from "../db/connect.js";
import { allJson, stream } from "../db/sql.js";
import type { PassInput } from "./passWorker.js";
import type { AccountTable, CoreOptions, Flows, TraceCore } from "./types.js";

export interface PipelinedResult {
  flows: Flows;
  pos: Int32Array;
  seq: BigInt64Array;
  core: TraceCore;
}

/** How many passes this process has run overlapped (tests check that the path was taken). */
export let overlappedPasses = 0;

function workerFile(): string | null {
  const named = process.env.FLOWTRACE_PASS_WORKER;
  if (named === "off") return null;
  const file = named ?? fileURLToPath(new URL("./trace-worker.js", import.meta.url));
  return existsSync(file) ? file : null;
}

export async function pipelinedPass(db: CaseDb, accounts: AccountTable, params: { until: number; inferred: boolean }, options: CoreOptions): Promise<PipelinedResult | null> {
  const file = workerFile();
  if (!file) return null;
  const cap = Number((await allJson(db.conn, "trace/flows_count"))[0]!.n); // every transfer; the read may return fewer
  // Ascending (the query orders them), like the rows: marked by walking both, not a lookup per row.
  const seeds = (await allJson(db.conn, "trace/seed_positions")).map((r) => Number(r.pos));
  const shared = {
    from: new SharedArrayBuffer(4 * cap), to: new SharedArrayBuffer(4 * cap),
    valueOut: new SharedArrayBuffer(8 * cap), valueIn: new SharedArrayBuffer(8 * cap),
    seed: new SharedArrayBuffer(cap), arrived: new SharedArrayBuffer(4),
  };
  const from = new Int32Array(shared.from), to = new Int32Array(shared.to);
  const valueOut = new Float64Array(shared.valueOut), valueIn = new Float64Array(shared.valueIn);
  const seed = new Uint8Array(shared.seed), arrived = new Int32Array(shared.arrived);
  const pos = new Int32Array(cap), seq = new BigInt64Array(cap);
  const input: PassInput = { n: cap, ...shared, accounts, options };
  const worker = new Worker(file, { workerData: input });
  const done = new Promise<TraceCore>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`internal: the pass's worker stopped (exit code ${code})`)));
  });
  done.catch(() => undefined); // awaited below, or abandoned with the worker
  let rows = 0;
  try {
    const result = await stream(db.conn, "trace/all_flows", { until: params.until, inferred: params.inferred });
    let last = -1, nextSeed = 0;
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const m = chunk.rowCount;
      if (rows + m > cap) throw new Error("internal: more transfers than trace_flows holds");
      const col = <T extends Int32Array | Float64Array | BigInt64Array>(j: number) => (chunk.getColumnVector(j) as unknown as { items: T }).items.subarray(0, m) as T;
      const p = col<Int32Array>(4);
      for (let k = 0; k < m; k++) {
        if (p[k]! <= last) return null; // out of processing order: the caller sorts first
        last = p[k]!;
        while (nextSeed < seeds.length && seeds[nextSeed]! < last) nextSeed++;
        if (seeds[nextSeed] === last) seed[rows + k] = 1;
      }
      from.set(col<Int32Array>(0), rows);
      to.set(col<Int32Array>(1), rows);
      valueOut.set(col<Float64Array>(2), rows);
      valueIn.set(col<Float64Array>(3), rows);
      pos.set(p, rows);
      seq.set(col<BigInt64Array>(5), rows);
      rows += m;
      Atomics.store(arrived, 0, rows);
      Atomics.notify(arrived, 0);
    }
    Atomics.store(arrived, 0, -1 - rows); // the read is complete
    Atomics.notify(arrived, 0);
    const core = await done;
    overlappedPasses++;
    const flows: Flows = {
      n: rows, from: from.subarray(0, rows), to: to.subarray(0, rows), valueOut: valueOut.subarray(0, rows), valueIn: valueIn.subarray(0, rows),
      ts: null, seed: seed.subarray(0, rows), balanceAfterFrom: null, balanceAfterTo: null,
    };
    return { flows, pos: pos.subarray(0, rows), seq: seq.subarray(0, rows), core };
  } finally {
    // On an early return or an error the worker may be waiting for rows that will not come:
    // end its read first, so that it can never stay blocked, then stop it.
    if (Atomics.load(arrived, 0) >= 0) {
      Atomics.store(arrived, 0, -1 - rows);
      Atomics.notify(arrived, 0);
    }
    await worker.terminate();
  }
}
