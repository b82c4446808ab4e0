// Report generation at 1k, 10k and 100k traced transfers: time and file size. A synthetic
// traced case is written straight into the schema (sql/tools/report/bench_*.sql), so the figure
// covers gathering from DuckDB, the layouts and the HTML, not the tracer. The baseline is
// reading the run's traced transfers alone (the least any report must do).
import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { openCase } from "../../src/db/connect.js";
import { allJson, exec } from "../../src/db/sql.js";
import { writeReport } from "../../src/report/writeReport.js";
import type { BenchSuite } from "./suite.js";

export const reportSuite: BenchSuite = {
  name: "report",
  async run({ workDir, log }) {
    log("| traced transfers | baseline read (s) | report (s) | ratio | file size (MB) |");
    log("|---:|---:|---:|---:|---:|");
    for (const n of [1_000, 10_000, 100_000]) {
      const path = join(workDir, `report-${n}-${process.pid}.duckdb`);
      const db = await openCase(path, { currency: "USD" });
      const runId = `bench-${n}`;
      await exec(db.conn, "tools/report/bench_transfers", { n });
      await exec(db.conn, "tools/report/bench_accounts");
      await exec(db.conn, "trace/run_key_add", { run_id: runId });
      await exec(db.conn, "tools/report/bench_trace", { run_id: runId, n });
      await exec(db.conn, "tools/report/bench_trace_accounts", { run_id: runId });
      await exec(db.conn, "tools/report/bench_run", { run_id: runId });
      const b0 = performance.now();
      await allJson(db.conn, "report/transfers", { run_id: runId });
      const baseline = (performance.now() - b0) / 1000;
      const out = join(workDir, `report-${n}.html`);
      const t0 = performance.now();
      await writeReport(db, out, { runId, generatedAt: new Date("2026-01-01T00:00:00Z") });
      const seconds = (performance.now() - t0) / 1000;
      db.close();
      rmSync(path, { force: true });
      const mb = statSync(out).size / 1e6;
      log(`| ${n.toLocaleString("en-US")} | ${baseline.toFixed(2)} | ${seconds.toFixed(2)} | ${(seconds / baseline).toFixed(1)}× | ${mb.toFixed(2)} |`);
    }
  },
};
