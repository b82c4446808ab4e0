// The forward pass in a worker thread (pipelinedPass.ts): it reads the transfer columns from
// shared memory while the main thread is still filling them, waiting on the shared counter of
// transfers arrived, and sends its results back by transfer (no copy).
import { parentPort, workerData } from "node:worker_threads";
import { forwardCore } from "./forwardCore.js";
import type { AccountTable, CoreOptions, Flows, SharedRows } from "./types.js";

export interface PassInput {
  n: number;
  from: SharedArrayBuffer;
  to: SharedArrayBuffer;
  valueOut: SharedArrayBuffer;
  valueIn: SharedArrayBuffer;
  seed: SharedArrayBuffer;
  /** Int32 [0]: how many transfers have arrived; set to -1 when the read is abandoned. */
  arrived: SharedArrayBuffer;
  accounts: AccountTable;
  options: CoreOptions;
  /** Where the pass writes its per-transfer rows, publishing how many are final (shared memory). */
  shared: SharedRows;
}

const input = workerData as PassInput;
const flows: Flows = {
  n: input.n, from: new Int32Array(input.from), to: new Int32Array(input.to),
  valueOut: new Float64Array(input.valueOut), valueIn: new Float64Array(input.valueIn),
  ts: null, seed: new Uint8Array(input.seed), balanceAfterFrom: null, balanceAfterTo: null,
};
const core = forwardCore(flows, input.accounts, input.options, new Int32Array(input.arrived), input.shared);
// Every typed array of the result moves to the main thread without a copy (the shared rows
// are shared already).
const buffers = new Set<ArrayBuffer>();
const collect = (v: unknown): void => {
  if (ArrayBuffer.isView(v)) { if (v.buffer instanceof ArrayBuffer) buffers.add(v.buffer); }
  else if (v && typeof v === "object") for (const x of Object.values(v)) collect(x);
};
collect(core);
parentPort!.postMessage(core, [...buffers]);
