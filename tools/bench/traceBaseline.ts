// The minimal one-pass streaming baseline the trace bench compares against: read the columns
// every trace needs (sender key, receiver key, value, time) for all transfers in processing
// order into typed arrays, then propagate poison (reachability with hops) in one pass. Run as
// its own process, like `flowtrace trace`, so both pay the same start-up and read costs.
export const BASELINE_SCRIPT = String.raw`
import { DuckDBInstance } from "@duckdb/node-api";
import { readFileSync } from "node:fs";
const [db, sqlPath, seedPath, hopsArg] = process.argv.slice(1);
const H = Number(hopsArg);
const inst = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
const conn = await inst.connect();
const seeds = new Set(readFileSync(seedPath, "utf8").split("\n").slice(1).filter(Boolean).map((s) => Number(s.slice(1))));
const res = await conn.stream(readFileSync(sqlPath, "utf8"));
let cap = 1 << 20, n = 0;
let from = new Int32Array(cap), to = new Int32Array(cap), v = new Float64Array(cap), seq = new Float64Array(cap);
for (;;) {
  const c = await res.fetchChunk();
  if (!c || c.rowCount === 0) break;
  const m = c.rowCount;
  if (n + m > cap) {
    cap *= 2;
    const g = (a, T) => { const b = new T(cap); b.set(a.subarray(0, n)); return b; };
    from = g(from, Int32Array); to = g(to, Int32Array); v = g(v, Float64Array); seq = g(seq, Float64Array);
  }
  from.set(c.getColumnVector(0).items.subarray(0, m), n);
  to.set(c.getColumnVector(1).items.subarray(0, m), n);
  v.set(c.getColumnVector(2).items.subarray(0, m), n);
  seq.set(c.getColumnVector(4).items.subarray(0, m), n);
  n += m;
}
let A = 0;
for (let i = 0; i < n; i++) { if (from[i] >= A) A = from[i] + 1; if (to[i] >= A) A = to[i] + 1; }
const hop = new Int16Array(A).fill(32767);
let tainted = 0, amount = 0;
for (let i = 0; i < n; i++) {
  let h = -1;
  if (seeds.has(seq[i])) h = 0;
  else if (hop[from[i]] < H) h = hop[from[i]] + 1;
  if (h < 0) continue;
  tainted++; amount += v[i];
  if (h < hop[to[i]]) hop[to[i]] = h;
}
console.log(JSON.stringify({ transfers: n, tainted, amount }));
conn.closeSync(); inst.closeSync();
`;
