// Trace bench: a generated case (10M transfers full, 200k quick), 1,000 seeds, 6 hops. Every
// method's `flowtrace trace` runs as a whole process and is timed against the minimal one-pass
// streaming baseline (traceBaseline.ts) on the same data in the same run. Peak memory from
// /usr/bin/time where it exists.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openCase } from "../db/connect.js";
import { allJson, exec } from "../db/sql.js";
import { packageRoot } from "../paths.js";
import { METHODS } from "../trace/types.js";
import type { BenchSuite } from "./suite.js";
import { BASELINE_SCRIPT } from "./traceBaseline.js";

const HOPS = 6;

export const traceBench: BenchSuite = {
  name: "trace",
  async run({ size, workDir, log }) {
    const n = size === "full" ? 10_000_000 : 200_000;
    const accounts = Math.max(1000, Math.round(n / 10));
    const dbPath = join(workDir, `trace-${size}.duckdb`);
    const seedPath = join(workDir, `trace-${size}-seeds.csv`);
    if (!existsSync(dbPath)) {
      const t0 = performance.now();
      const db = await openCase(dbPath);
      await exec(db.conn, "trace/bench_accounts", { accounts: BigInt(accounts) });
      await exec(db.conn, "trace/bench_transfers", { n: BigInt(n), accounts: BigInt(accounts) });
      const seeds = await allJson(db.conn, "trace/bench_seeds", { seeds: 1000n, n: BigInt(n) });
      writeFileSync(seedPath, "tx_id\n" + seeds.map((s) => s.tx_id).join("\n") + "\n");
      db.close();
      log(`generated ${n.toLocaleString("en-US")} transfers over ${accounts.toLocaleString("en-US")} accounts in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const root = packageRoot();
    const cli = join(root, "dist", "flowtrace.js");
    const timed = (args: string[]) => {
      const useTime = existsSync("/usr/bin/time");
      const t0 = performance.now();
      const r = useTime
        ? spawnSync("/usr/bin/time", ["-f", "__peak_kb=%M", process.execPath, ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 })
        : spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
      const seconds = (performance.now() - t0) / 1000;
      if (r.status !== 0) throw new Error(`bench command failed: ${args.join(" ")}\n${r.stderr}`);
      const kb = /__peak_kb=(\d+)/.exec(r.stderr ?? "");
      return { seconds, peakMb: kb ? Number(kb[1]) / 1024 : NaN, stdout: r.stdout };
    };
    const runBaseline = (sql = "bench_baseline.sql") => timed(["--input-type=module", "-e", BASELINE_SCRIPT, dbPath, join(root, "sql", "trace", sql), seedPath, String(HOPS)]);
    const trace = (method: string, engine: string, seeds = seedPath, hops = HOPS) =>
      timed([cli, "trace", "--db", dbPath, "--seed-file", seeds, "--method", method, "--max-hops", String(hops), "--engine", engine]);
    const before = runBaseline();
    log(`baseline (one-pass poison over all ${n.toLocaleString("en-US")} transfers): ${before.stdout.trim()}`);
    // The first trace after a change of the case rebuilds the flow table (sql/schema/026).
    const db = await openCase(dbPath);
    await exec(db.conn, "case/meta_set", { key: "trace_flows_stamp", value: "" });
    db.close();
    const first = trace("poison", "auto");
    const flowsBefore = runBaseline("bench_baseline_flows.sql");
    const rows: string[][] = [];
    for (const method of METHODS) {
      const r = { auto: trace(method, "auto"), hybrid: trace(method, "hybrid"), stream: trace(method, "stream") };
      rows.push([method, ...(["auto", "hybrid", "stream"] as const).map((e) => r[e].seconds.toFixed(2)), r.auto.peakMb.toFixed(0)]);
    }
    const after = runBaseline();
    const flowsAfter = runBaseline("bench_baseline_flows.sql");
    // The machine is shared: each baseline runs first and last, and ratios use their mean.
    const base = (before.seconds + after.seconds) / 2;
    const flowBase = (flowsBefore.seconds + flowsAfter.seconds) / 2;
    const ratio = (v: string) => (Number(v) / base).toFixed(2);
    log("");
    log(`${n.toLocaleString("en-US")} transfers, 1,000 seeds, ${HOPS} hops; baseline ${before.seconds.toFixed(2)} s / ${after.seconds.toFixed(2)} s (peak ${before.peakMb.toFixed(0)} MB); first trace after ingest (builds the flow table) ${first.seconds.toFixed(2)} s`);
    log("");
    log(`second baseline: the same pass over the tracer's prepared copy (trace_flows: no join, no sort) ${flowsBefore.seconds.toFixed(2)} s / ${flowsAfter.seconds.toFixed(2)} s`);
    log("");
    log("| method | default (auto) s | ratio | vs prepared-copy pass | --engine hybrid s | ratio | --engine stream s | ratio | peak MB |");
    log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const [m, a, h, st, mb] of rows) log(`| ${m} | ${a} | ${ratio(a!)} | ${(Number(a) / flowBase).toFixed(2)} | ${h} | ${ratio(h!)} | ${st} | ${ratio(st!)} | ${mb} |`);
    // A local trace (few seeds, few hops): what the recursive bound is for.
    const localSeeds = join(workDir, `trace-${size}-seeds10.csv`);
    writeFileSync(localSeeds, readFileSync(seedPath, "utf8").split("\n").slice(0, 11).join("\n") + "\n");
    const lh = trace("fifo", "hybrid", localSeeds, 3), ls = trace("fifo", "stream", localSeeds, 3), la = trace("fifo", "auto", localSeeds, 3);
    log("");
    log(`local trace (fifo, 10 seeds, 3 hops): auto ${la.seconds.toFixed(2)} s, hybrid ${lh.seconds.toFixed(2)} s (${lh.peakMb.toFixed(0)} MB), stream ${ls.seconds.toFixed(2)} s (${ls.peakMb.toFixed(0)} MB)`);
    if (process.env.FLOWTRACE_BENCH_KEEP !== "1") rmSync(join(workDir, `trace-${size}.duckdb.wal`), { force: true });
  },
};
