// Trace bench: a generated case (10M transfers full, 200k quick), 1,000 seeds, 6 hops. Every
// method's `flowtrace trace` runs as a whole process and is timed against the minimal one-pass
// streaming baseline (traceBaseline.ts) on the same data in the same run. Peak memory from
// /usr/bin/time where it exists.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
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
    const baseline = timed(["--input-type=module", "-e", BASELINE_SCRIPT, dbPath, join(root, "sql", "trace", "bench_baseline.sql"), seedPath, String(HOPS)]);
    log(`baseline (one-pass poison over all ${n.toLocaleString("en-US")} transfers): ${baseline.stdout.trim()}`);
    log("");
    log("| method | time (s) | ratio to baseline | peak memory (MB) |");
    log("|---|---:|---:|---:|");
    log(`| baseline | ${baseline.seconds.toFixed(2)} | 1.00 | ${baseline.peakMb.toFixed(0)} |`);
    // The first trace after a change of the case rebuilds the flow table (sql/schema/026): timed
    // on its own, then every method on the current table.
    const db = await openCase(dbPath);
    await exec(db.conn, "case/meta_set", { key: "trace_flows_stamp", value: "" });
    db.close();
    const first = timed([cli, "trace", "--db", dbPath, "--seed-file", seedPath, "--method", "poison", "--max-hops", String(HOPS)]);
    log(`| poison, first trace after ingest (rebuilds the flow table) | ${first.seconds.toFixed(2)} | ${(first.seconds / baseline.seconds).toFixed(2)} | ${first.peakMb.toFixed(0)} |`);
    for (const method of METHODS) {
      const r = timed([cli, "trace", "--db", dbPath, "--seed-file", seedPath, "--method", method, "--max-hops", String(HOPS)]);
      log(`| ${method} | ${r.seconds.toFixed(2)} | ${(r.seconds / baseline.seconds).toFixed(2)} | ${r.peakMb.toFixed(0)} |`);
    }
    // The alternative: no recursive bound, one pass over every transfer (same results).
    for (const method of METHODS) {
      const r = timed([cli, "trace", "--db", dbPath, "--seed-file", seedPath, "--method", method, "--max-hops", String(HOPS), "--engine", "stream"]);
      log(`| ${method} --engine stream | ${r.seconds.toFixed(2)} | ${(r.seconds / baseline.seconds).toFixed(2)} | ${r.peakMb.toFixed(0)} |`);
    }
    if (process.env.FLOWTRACE_BENCH_KEEP !== "1") rmSync(join(workDir, `trace-${size}.duckdb.wal`), { force: true });
  },
};
