// Detection on the labelled public data sets in ../shared/extdata, read straight with DuckDB
// (sql/tools/detect/eval_*.sql): AMLworld HI-Small laundering patterns by typology, AMLSim account
// labels, PaySim fraud labels. Their figures say how the generic shapes fare on data built by
// others; the extortion-specific detectors need diaspora origins and ransom amounts that these
// data sets do not have.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { CaseDb } from "../../src/db/connect.js";
import { openCase } from "../../src/db/connect.js";
import { allJson, exec } from "../../src/db/sql.js";
import { defaultConfig, type DetectConfig } from "../../src/detect/config.js";
import { detect } from "../../src/detect/detect.js";
import type { DetectResult } from "../../src/detect/types.js";

type Log = (line: string) => void;
const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${Math.round((100 * a) / b)}%`);

const FAMILIES: [string, string][] = [
  ["FAN-IN", "fan_in"], ["FAN-OUT", "fan_out"], ["CYCLE", "cycle"], ["GATHER-SCATTER", "gather_scatter"],
  ["SCATTER-GATHER", "scatter_gather"], ["BIPARTITE", "bipartite"], ["STACK", "stack"], ["RANDOM", "pass_through"],
];

async function freshCase(workDir: string, name: string): Promise<CaseDb> {
  const path = join(workDir, `${name}.duckdb`);
  rmSync(path, { force: true });
  rmSync(`${path}.wal`, { force: true });
  return openCase(path);
}

const run = (db: CaseDb, config: DetectConfig = defaultConfig()) => detect(db, { config, now: () => new Date(0), toolVersion: "eval" });

async function sides(db: CaseDb) {
  const rows = await allJson(db.conn, "tools/detect/eval_tx_sides");
  return new Map(rows.map((r) => [r.tx_id as string, { from: r.from_account as string, to: r.to_account as string, label: r.label as string }]));
}

export async function evalPublic(workDir: string, extdata: string, log: Log): Promise<void> {
  const aw = join(extdata, "ibm_amlworld_hi_small");
  if (existsSync(aw)) await amlworld(workDir, aw, log);
  const sim = join(extdata, "ibm_amlsim_samples", "legacy_20K", "20K_fanin200cycle200");
  if (existsSync(sim)) await amlsim(workDir, sim, log);
  const ps = join(extdata, "paysim_sample", "paysim_sample.csv");
  if (existsSync(ps)) await paysim(workDir, ps, log);
}

async function amlworld(workDir: string, dir: string, log: Log) {
  const flat = join(dir, "hi_small_patterns_flat.csv");
  const db = await freshCase(workDir, "detect-amlworld");
  try {
    await exec(db.conn, "tools/detect/eval_amlworld_load", { path: flat });
    await exec(db.conn, "tools/detect/eval_amlworld_sample_load", { path: join(dir, "upstream", "transactions_sample.csv") });
    await exec(db.conn, "tools/detect/eval_load_missing_accounts");
    const r = await run(db);
    const truth = await allJson(db.conn, "tools/detect/eval_amlworld_truth", { path: flat });
    const family = new Map<string, string>();
    for (const p of truth) for (const tx of p.txs as string[]) family.set(tx, p.family as string);
    log("\n### AMLworld HI-Small laundering patterns (370 attempts, 3,209 transfers, plus 1,000 ordinary transfers)\n");
    log("A pattern counts as found when findings of the matching detector cover at least half of its transfers; a finding is");
    log("correct when at least half of its evidence lies in patterns of that typology.\n");
    log("| typology | detector | patterns | recall | findings | precision | found by any detector |");
    log("|---|---|---|---|---|---|---|");
    for (const [fam, pattern] of FAMILIES) {
      const mine = r.findings.filter((f) => f.pattern === pattern);
      const covered = new Set(mine.flatMap((f) => f.evidence));
      const anyCovered = new Set(r.findings.flatMap((f) => f.evidence));
      const pats = truth.filter((p) => p.family === fam);
      const half = (txs: string[], set: Set<string>) => txs.filter((t) => set.has(t)).length * 2 >= txs.length;
      const found = pats.filter((p) => half(p.txs as string[], covered)).length;
      const foundAny = pats.filter((p) => half(p.txs as string[], anyCovered)).length;
      const correct = mine.filter((f) => f.evidence.filter((t) => family.get(t) === fam).length * 2 >= f.evidence.length).length;
      log(`| ${fam} | ${pattern} | ${pats.length} | ${pct(found, pats.length)} | ${mine.length} | ${pct(correct, mine.length)} | ${pct(foundAny, pats.length)} |`);
    }
  } finally {
    db.close();
  }
}

/** Accounts a finding points at: its own accounts and both ends of its evidence. */
function involved(r: DetectResult, pattern: string | null, tx: Map<string, { from: string; to: string }>): Set<string> {
  const out = new Set<string>();
  for (const f of r.findings) {
    if (pattern !== null && f.pattern !== pattern) continue;
    for (const a of f.accounts) out.add(a);
    for (const t of f.evidence) {
      const s = tx.get(t);
      if (s) { out.add(s.from); out.add(s.to); }
    }
  }
  return out;
}

async function amlsim(workDir: string, dir: string, log: Log) {
  const db = await freshCase(workDir, "detect-amlsim");
  try {
    await exec(db.conn, "tools/detect/eval_amlsim_load", { path: join(dir, "transactions.csv") });
    await exec(db.conn, "tools/detect/eval_load_missing_accounts");
    const labels = await allJson(db.conn, "tools/detect/eval_amlsim_labels", { path: join(dir, "nodes.csv") });
    const fraud = new Set(labels.filter((l) => l.fraud).map((l) => l.account_id as string));
    const r = await run(db);
    const tx = await sides(db);
    log("\n### AMLSim 20K_fanin200cycle200 (20,000 accounts, 120,558 transfers, 1,804 accounts labelled fraud; labels per account only)\n");
    log("| detector | accounts flagged (finding accounts and both ends of its evidence) | precision | recall |");
    log("|---|---|---|---|");
    for (const pattern of ["fan_in", "cycle", "scatter_gather", "gather_scatter", "pass_through", null]) {
      const got = involved(r, pattern, tx);
      const tp = [...got].filter((a) => fraud.has(a)).length;
      log(`| ${pattern ?? "any finding"} | ${got.size} | ${pct(tp, got.size)} | ${pct(tp, fraud.size)} |`);
    }
    const top = r.accounts.slice(0, fraud.size);
    log(`| top ${fraud.size} accounts by score | ${top.length} | ${pct(top.filter((a) => fraud.has(a.account)).length, top.length)} | ${pct(top.filter((a) => fraud.has(a.account)).length, fraud.size)} |`);
    log(`\nBase rate: ${pct(fraud.size, labels.length)} of accounts are labelled fraud.`);
  } finally {
    db.close();
  }
}

async function paysim(workDir: string, path: string, log: Log) {
  const db = await freshCase(workDir, "detect-paysim");
  try {
    await exec(db.conn, "tools/detect/eval_paysim_load", { path });
    await exec(db.conn, "tools/detect/eval_load_missing_accounts");
    const r = await run(db);
    const tx = await sides(db);
    const fraudTx = new Set([...tx].filter(([, s]) => s.label === "fraud").map(([id]) => id));
    const fraudAcc = new Set([...fraudTx].flatMap((id) => [tx.get(id)!.from, tx.get(id)!.to]));
    const evidence = new Set(r.findings.flatMap((f) => f.evidence));
    const hitTx = [...evidence].filter((t) => fraudTx.has(t)).length;
    const flagged = involved(r, null, tx);
    const hitAcc = [...flagged].filter((a) => fraudAcc.has(a)).length;
    log(`\n### PaySim sample (51,392 transfers, ${fraudTx.size} labelled fraud)\n`);
    log("| measure | flagged | precision | recall |");
    log("|---|---|---|---|");
    log(`| transfers in any finding's evidence | ${evidence.size} | ${pct(hitTx, evidence.size)} | ${pct(hitTx, fraudTx.size)} |`);
    log(`| accounts in any finding | ${flagged.size} | ${pct(hitAcc, flagged.size)} | ${pct(hitAcc, fraudAcc.size)} |`);
    log(`\nBase rate: ${pct(fraudTx.size, tx.size)} of transfers are fraud.`);
  } finally {
    db.close();
  }
}
