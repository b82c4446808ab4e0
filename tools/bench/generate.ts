// Generator benchmark: `flowtrace generate --transfers N` as a user runs it (a child process,
// peak memory from /usr/bin/time), against DuckDB writing the same number of plain rows to CSV
// in the same run. What matters at 10M is that memory stays bounded (the story and one day of
// ordinary traffic in memory, never the whole case).
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { exec } from "../../src/db/sql.js";
import { packageRoot } from "../../src/paths.js";
import type { BenchSuite } from "./suite.js";

export const generateBench: BenchSuite = {
  name: "generate",
  async run(o) {
    o.log("| transfers | CSV MB | bare DuckDB write s | flowtrace generate s (wall / CPU) | transfers/s | ratio (wall) | peak RSS MB |");
    o.log("|---:|---:|---:|---:|---:|---:|---:|");
    for (const n of o.size === "full" ? [1_000_000, 10_000_000] : [300_000]) {
      const bare = join(o.workDir, `bare-write-${n}.csv`);
      const out = join(o.workDir, `generate-${n}`);
      rmSync(out, { recursive: true, force: true });
      const instance = await DuckDBInstance.create(":memory:");
      const conn = await instance.connect();
      const t0 = process.hrtime.bigint();
      await exec(conn, "tools/generate/bench_bare_write", { path: bare, n: BigInt(n) });
      const bareS = Number(process.hrtime.bigint() - t0) / 1e9;
      conn.closeSync();
      instance.closeSync();
      rmSync(bare, { force: true });
      const args = [process.execPath, join(packageRoot(), "dist", "flowtrace.js"), "generate", "--scenario", "network", "--seed", "1", "--transfers", String(n), "--out", out];
      const timed = existsSync("/usr/bin/time");
      const t1 = process.hrtime.bigint();
      const r = spawnSync(timed ? "/usr/bin/time" : args[0]!, timed ? ["-v", ...args] : args.slice(1), { encoding: "utf8" });
      const s = Number(process.hrtime.bigint() - t1) / 1e9;
      if (r.status !== 0) throw new Error(`flowtrace generate failed (${r.status}): ${r.stderr}`);
      const num = (re: RegExp) => Number(re.exec(r.stderr ?? "")?.[1] ?? NaN);
      const cpu = num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/);
      const mb = statSync(join(out, "transfers.csv")).size / 1e6;
      o.log(`| ${n.toLocaleString("en-US")} | ${mb.toFixed(0)} | ${bareS.toFixed(2)} | ${s.toFixed(1)} / ${cpu.toFixed(1)} | ${Math.round(n / s).toLocaleString("en-US")} | ${(s / bareS).toFixed(1)}x | ${(num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024).toFixed(0)} |`);
      rmSync(out, { recursive: true, force: true });
    }
  },
};
