// Ingest benchmark: `flowtrace ingest` of a generated canonical CSV (a child process, as a
// user runs it, measured with /usr/bin/time for peak memory) against DuckDB's bare read_csv
// of the same file into a table, in the same run. Goal: at most 2x the bare load; peak
// memory under 4 GB at 10M rows.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { packageRoot } from "../../src/paths.js";
import { exec } from "../../src/db/sql.js";
import type { BenchOptions, BenchSuite } from "./suite.js";

async function withDuckDb<T>(path: string, work: (conn: Awaited<ReturnType<DuckDBInstance["connect"]>>) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(path);
  const conn = await instance.connect();
  try {
    return await work(conn);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

interface Timing {
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds (user + system, all threads): robust when other work shares the machine. */
  cpu: number;
}

function runIngest(files: string[], db: string): Timing & { peakMb: number; result: string } {
  const cli = join(packageRoot(), "dist", "flowtrace.js");
  const timed = existsSync("/usr/bin/time");
  const args = [process.execPath, cli, "ingest", ...files, "--db", db, "--json"];
  const started = process.hrtime.bigint();
  const r = spawnSync(timed ? "/usr/bin/time" : args[0]!, timed ? ["-v", ...args] : args.slice(1), { encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`flowtrace ingest failed (${r.status}): ${r.stderr}`);
  const err = r.stderr ?? "";
  const num = (re: RegExp) => Number(re.exec(err)?.[1] ?? NaN);
  const cpu = num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/);
  return { seconds, cpu, peakMb: num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024, result: r.stdout };
}

/** One row of the table: generate (once), bare load, ingest. Exported for ad-hoc sizes. */
export async function measureIngest(n: number, o: BenchOptions): Promise<void> {
  const csv = join(o.workDir, `ingest-${n}.csv`);
  const fx = join(o.workDir, "ingest-fx.csv");
  const bareDb = join(o.workDir, `bare-${n}.duckdb`);
  const caseDb = join(o.workDir, `case-${n}.duckdb`);
  for (const f of [bareDb, caseDb, `${bareDb}.wal`, `${caseDb}.wal`]) rmSync(f, { force: true });
  await withDuckDb(":memory:", async (conn) => {
    if (!existsSync(csv)) await exec(conn, "tools/ingest/bench_generate", { path: csv, n: BigInt(n) });
    await exec(conn, "tools/ingest/bench_generate_fx", { path: fx });
  });
  const bareStart = process.hrtime.bigint();
  const bareCpu0 = process.cpuUsage();
  await withDuckDb(bareDb, (conn) => exec(conn, "tools/ingest/bench_bare_load", { path: csv }));
  const bareCpu = process.cpuUsage(bareCpu0);
  const bare: Timing = { seconds: Number(process.hrtime.bigint() - bareStart) / 1e9, cpu: (bareCpu.user + bareCpu.system) / 1e6 };
  runIngest([fx], caseDb); // FX rates first (not timed): the transfers are valued with them
  const ingest = runIngest([csv], caseDb);
  const source = JSON.parse(ingest.result).sources[0];
  const mb = statSync(csv).size / 1e6;
  o.log(`| ${n.toLocaleString("en-US")} | ${mb.toFixed(0)} | ${bare.seconds.toFixed(2)} / ${bare.cpu.toFixed(2)} | ${ingest.seconds.toFixed(2)} / ${ingest.cpu.toFixed(2)} | ${Math.round(n / ingest.seconds).toLocaleString("en-US")} | ${(ingest.seconds / bare.seconds).toFixed(2)}x / ${(ingest.cpu / bare.cpu).toFixed(2)}x | ${ingest.peakMb.toFixed(0)} | ${source.rows_loaded}/${source.rows_quarantined} |`);
}

export const ingestBench: BenchSuite = {
  name: "ingest",
  async run(o) {
    o.log("| rows | CSV MB | bare read_csv s (wall / CPU) | flowtrace ingest s (wall / CPU) | rows/s (wall) | ratio (wall / CPU) | peak RSS MB | loaded/quarantined |");
    o.log("|---:|---:|---:|---:|---:|---:|---:|---|");
    for (const n of o.size === "full" ? [1_000_000, 10_000_000] : [100_000]) await measureIngest(n, o);
  },
};
