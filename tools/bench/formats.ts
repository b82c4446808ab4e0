// Format readers benchmark: `flowtrace ingest` of public data sets in their own layout
// (../shared/extdata, skipped when absent) against ingest of the same rows written as canonical
// CSV, in the same run. The ratio is the cost of reading the layout (positional columns, epochs,
// typed ids, derived accounts) over the shared validation every format pays.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { packageRoot } from "../../src/paths.js";
import { exec } from "../../src/db/sql.js";
import type { BenchSuite } from "./suite.js";
import { writeMpesaPdf } from "../../src/generate/raw/mpesaStatementPdf.js";
import { benchStatementDoc } from "./benchStatement.js";

function ingest(args: string[]): { seconds: number; rows: number } {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(packageRoot(), "dist", "flowtrace.js"), "ingest", ...args, "--json"], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`flowtrace ingest failed (${r.status}): ${r.stderr}`);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, rows: JSON.parse(r.stdout).sources[0].rows_read };
}

async function exportCanonical(db: string, csv: string): Promise<void> {
  const instance = await DuckDBInstance.create(db);
  const conn = await instance.connect();
  try {
    await exec(conn, "tools/ingest/formats/bench_export_canonical", { path: csv });
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

export const formatsBench: BenchSuite = {
  name: "formats",
  async run(o) {
    const ext = join(packageRoot(), "..", "shared", "extdata");
    const sets: [string, string][] = [
      ["paysim", "paysim_sample/paysim_sample.csv"],
      ["amlsim (legacy 20K)", "ibm_amlsim_samples/legacy_20K/20K_cycle200/transactions.csv"],
      ["finbench transfers", "ldbc_finbench_sf0.01/snapshot/AccountTransferAccount.csv"],
    ];
    o.log("| data set | rows | format ingest s | canonical ingest s | ratio |");
    o.log("|---|---:|---:|---:|---:|");
    for (const [name, rel] of sets) {
      const file = join(ext, rel);
      if (!existsSync(file)) continue;
      const slug = name.replace(/[^a-z0-9]+/g, "-");
      const fdb = join(o.workDir, `fmt-${slug}.duckdb`);
      const cdb = join(o.workDir, `fmt-${slug}-canonical.duckdb`);
      const csv = join(o.workDir, `fmt-${slug}-canonical.csv`);
      for (const f of [fdb, cdb, csv]) rmSync(f, { force: true });
      const f = ingest([file, "--db", fdb]);
      await exportCanonical(fdb, csv);
      const c = ingest([csv, "--db", cdb]);
      o.log(`| ${name} | ${f.rows.toLocaleString("en-US")} | ${f.seconds.toFixed(2)} | ${c.seconds.toFixed(2)} | ${(f.seconds / c.seconds).toFixed(2)}x |`);
    }
    // A long M-Pesa statement PDF (issue 19: 200 pages in under 5 s), written by the generator's
    // PDF writer; the whole `flowtrace ingest` is timed (process start, pdf.js, staging, load).
    const pdf = join(o.workDir, "fmt-mpesa-statement.pdf");
    const pdb = join(o.workDir, "fmt-mpesa-statement.duckdb");
    rmSync(pdb, { force: true });
    await writeMpesaPdf(pdf, benchStatementDoc(4000), { created: new Date(Date.UTC(2025, 1, 3)) });
    const p = ingest([pdf, "--db", pdb, "--currency", "KES"]);
    const pages = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(readFileSync(pdf, "latin1"))?.[1] ?? 0);
    o.log("");
    o.log("| document | pages | rows | ingest s |");
    o.log("|---|---:|---:|---:|");
    o.log(`| M-Pesa statement PDF | ${pages} | ${p.rows.toLocaleString("en-US")} | ${p.seconds.toFixed(2)} |`);
  },
};
