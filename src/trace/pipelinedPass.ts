// A full forward pass (the stream engine) with the read and the allocation pass overlapped:
// this thread reads the transfers chunk by chunk into shared memory and advances a shared
// counter; a worker thread (passWorker.ts) runs forwardCore on them as they arrive. On 10M
// transfers this saves 0.6–0.85 s of the 2–3 s that reading then passing took (docs/engine.md).
// Results are the same to the bit: the same pass runs over the same arrays in the same order.
// The worker writes its per-transfer rows into shared memory and publishes how many are final;
// between chunks this thread hands those to the caller (onRows), which stores them, so that a
// run with millions of traced transfers is mostly stored when its pass ends.
//
// Only for a pass that needs no transfer ahead of the one it is at: not with stated balances
// or inferred opening balances (the caller checks), and not when rows arrive out of order or
// a load_seq does not fit in INTEGER (then this returns null and the caller reads, and sorts,
// everything first, as without a worker). Also null when the worker's file is not there
// (tests run the sources; they build it to test this path). FLOWTRACE_PASS_WORKER=off turns
// it off; =FILE names the worker's file.
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { CaseDb } from "../db/connect.js";
import { allJson, stream } from "../db/sql.js";
import { runPositions, type LoadedFlows } from "./loadFlows.js";
import type { PassInput } from "./passWorker.js";
import { searchAscending, txResults } from "./txResults.js";
import type { AccountTable, CoreOptions, Flows, SharedRows, TraceCore, TxResults } from "./types.js";

export interface PipelinedResult extends LoadedFlows<Int32Array> {
  core: TraceCore;
}

/**
 * How a forward run's overlapped pass hands its rows over (TraceRequest.pass). The CLI leaves
 * every field unset; tests set them to take the overlapped path on small cases and see it taken.
 */
export interface PassTuning {
  /**
   * Store the pass's rows during the read in whole blocks of this many (default one data
   * chunk, 2,048 rows; a small case's few hundred rows would otherwise all wait for the end).
   */
  storeBlock?: number;
  /**
   * The read waits after each chunk until the pass has done every transfer read, so that rows
   * are handed over between chunks even on small cases (on its own the worker starts after a
   * small case's read is over).
   */
  lockstep?: boolean;
  /**
   * Told, after each forward run, whether its pass ran overlapped (false: the plain read ran,
   * from the start or after giving up) and how many rows were stored while a pass ran.
   */
  observe?: (pass: { overlapped: boolean; storedEarly: number }) => void;
}

function workerFile(): string | null {
  const named = process.env.FLOWTRACE_PASS_WORKER;
  if (named === "off") return null;
  // dist/trace-worker.js: the build puts this module in dist/chunks/ (beside it when run from src).
  const here = dirname(fileURLToPath(import.meta.url));
  const file = named ?? join(basename(here) === "chunks" ? dirname(here) : here, "trace-worker.js");
  return existsSync(file) ? file : null;
}

/**
 * Called on the main thread between chunks of the read with the pass's rows so far: rows
 * `0..final` are final, and `seq` holds the load_seq of every transfer they name.
 */
export type RowsSoFar = (rows: TxResults, final: number, seq: Int32Array) => void;

export async function pipelinedPass(db: CaseDb, accounts: AccountTable, params: { until: number; inferred: boolean }, options: CoreOptions, onRows?: RowsSoFar, lockstep = false): Promise<PipelinedResult | null> {
  const file = workerFile();
  if (!file) return null;
  const cap = Number((await allJson(db.conn, "trace/flows_count"))[0]!.n); // every transfer; the read may return fewer
  // Ascending (the query orders them), like the rows: each chunk is searched for the seeds up to
  // its last pos, not looked up row by row.
  const seeds = (await allJson(db.conn, "trace/seed_positions")).map((r) => Number(r.pos));
  const shared = {
    from: new SharedArrayBuffer(4 * cap), to: new SharedArrayBuffer(4 * cap),
    valueOut: new SharedArrayBuffer(8 * cap), valueIn: new SharedArrayBuffer(8 * cap),
    seed: new SharedArrayBuffer(cap), arrived: new SharedArrayBuffer(4),
  };
  const from = new Int32Array(shared.from), to = new Int32Array(shared.to);
  const valueOut = new Float64Array(shared.valueOut), valueIn = new Float64Array(shared.valueIn);
  const seed = new Uint8Array(shared.seed), arrived = new Int32Array(shared.arrived);
  // load_seq as INTEGER (every value fits, or the read gives up below) and pos as runs of
  // consecutive values: 120 MB of fresh memory at 10M transfers would be 40 MB.
  const seq = new Int32Array(cap), runStarts: number[] = [], runValues: number[] = [];
  const rows: SharedRows = { tx: txResults(cap, true), published: new Int32Array(new SharedArrayBuffer(8)) };
  const input: PassInput = { n: cap, ...shared, accounts, options, shared: rows };
  const worker = new Worker(file, { workerData: input });
  const done = new Promise<TraceCore>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`internal: the pass's worker stopped (exit code ${code})`)));
  });
  done.catch(() => undefined); // awaited below, or abandoned with the worker
  // The read has a connection of its own: the caller may be storing rows on the main one
  // (onRows) meanwhile, in its transaction.
  const conn = await db.connect();
  let read = 0;
  try {
    const result = await stream(conn, "trace/all_flows", { until: params.until, inferred: params.inferred });
    let last = -1, nextSeed = 0;
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const m = chunk.rowCount;
      if (read + m > cap) throw new Error("internal: more transfers than trace_flows holds");
      const col = <T extends Int32Array | Float64Array | BigInt64Array>(j: number) => (chunk.getColumnVector(j) as unknown as { items: T }).items.subarray(0, m) as T;
      const p = col<Int32Array>(4), s = col<BigInt64Array>(5);
      // Three tight loops per chunk rather than one doing everything per row: this thread paces
      // the read. pos ascends (or the caller sorts first), and where it skips a run starts.
      for (let k = 0; k < m; k++) {
        const v = p[k]!;
        if (v !== last + 1) {
          if (v <= last) return null; // out of processing order
          runStarts.push(read + k);
          runValues.push(v);
        }
        last = v;
      }
      // load_seq's low word; any high word, or a negative low one, means it does not fit.
      const words = new Int32Array(s.buffer, s.byteOffset, 2 * m);
      let wide = 0;
      for (let k = 0; k < m; k++) {
        const lo = words[2 * k]!;
        wide |= words[2 * k + 1]! | (lo >> 31);
        seq[read + k] = lo;
      }
      if (wide !== 0) return null; // the caller's read keeps BIGINT
      // The seeds up to this chunk's last pos (a seed left out of the read is not replayed).
      for (; nextSeed < seeds.length && seeds[nextSeed]! <= last; nextSeed++) {
        const at = searchAscending(p, m, seeds[nextSeed]!);
        if (at >= 0) seed[read + at] = 1;
      }
      from.set(col<Int32Array>(0), read);
      to.set(col<Int32Array>(1), read);
      valueOut.set(col<Float64Array>(2), read);
      valueIn.set(col<Float64Array>(3), read);
      read += m;
      Atomics.store(arrived, 0, read);
      Atomics.notify(arrived, 0);
      if (lockstep) {
        for (let at; (at = Atomics.load(rows.published, 1)) < read;) Atomics.wait(rows.published, 1, at, 1000);
      }
      onRows?.(rows.tx, Atomics.load(rows.published, 0), seq);
    }
    Atomics.store(arrived, 0, -1 - read); // the read is complete
    Atomics.notify(arrived, 0);
    const core = await done;
    const flows: Flows = {
      n: read, from: from.subarray(0, read), to: to.subarray(0, read), valueOut: valueOut.subarray(0, read), valueIn: valueIn.subarray(0, read),
      ts: null, seed: seed.subarray(0, read), balanceAfterFrom: null, balanceAfterTo: null,
    };
    return { flows, pos: runPositions(runStarts, runValues), seq: seq.subarray(0, read), core };
  } finally {
    // On an early return or an error the worker may be waiting for rows that will not come:
    // end its read first, so that it can never stay blocked, then stop it.
    if (Atomics.load(arrived, 0) >= 0) {
      Atomics.store(arrived, 0, -1 - read);
      Atomics.notify(arrived, 0);
    }
    await worker.terminate();
    conn.closeSync();
  }
}
