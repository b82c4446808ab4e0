// `detect`: score every account, assign roles, list findings with evidence, and store the run
// in the case. The SQL in sql/detect/ does the work; this file runs it in order and combines.
import { createHash } from "node:crypto";
import { listValue, type DuckDBConnection } from "@duckdb/node-api";
import type { CaseDb } from "../db/connect.js";
import { allJson, exec } from "../db/sql.js";
import { inputError } from "../errors.js";
import type { DetectConfig } from "./config.js";
import type { Detector, FindingRow } from "./detector.js";
import { findingId } from "./findingId.js";
import { findLookalikes } from "./lookalikes.js";
import { firstDetectors, networkDetector, otherDetectors } from "./registry.js";
import { assignRoles, networkFacts } from "./roles.js";
import { accountExplanation, combineScore } from "./score.js";
import { storeDetection } from "./store.js";
import type { AccountResult, DetectResult, Finding } from "./types.js";

export interface DetectOptions {
  config: DetectConfig;
  /** Restrict to the accounts of this trace run. */
  runId?: string;
  now: () => Date;
  toolVersion: string;
  /** Progress notes (a step and how long it took), for stderr. */
  progress?: (note: string) => void;
}

const MAX_NETWORK_PASSES = 4;

export async function detect(db: CaseDb, options: DetectOptions): Promise<DetectResult> {
  const { conn } = db;
  const { config } = options;
  let mark = Date.now();
  const step = (note: string) => {
    const t = Date.now();
    options.progress?.(`${note} (${((t - mark) / 1000).toFixed(1)} s)`);
    mark = t;
  };
  const startedAt = options.now();
  const runId = options.runId ?? null;
  if (runId !== null && (await allJson(conn, "detect/trace_run_exists", { run_id: runId })).length === 0) {
    throw inputError("unknown_run", `no trace run with this id: ${runId}`, { value: runId });
  }
  await exec(conn, "detect/scope_accounts", { run_id: runId });
  await exec(conn, "detect/scope_transfers", { include_inferred: config.include_inferred });
  // Accounts the investigator labelled exclude are out of scope, and so are their transfers (docs/casework.md).
  await exec(conn, "casework/detect_exclude_accounts");
  await exec(conn, "casework/detect_exclude_transfers");
  await exec(conn, "detect/features", {
    diaspora: listValue(config.diaspora_countries),
    ransom_min: config.ransom.min_amount,
    ransom_max: config.ransom.max_amount,
    burst_days: config.ransom.burst_days,
    forward_hours: config.forwarding.max_hours,
  });
  await exec(conn, "detect/found_reset");
  step("account features");

  const ctx = { currency: db.currency, config };
  // Look-alikes first: their findings are reported, but they never make accounts downstream of
  // them look like brokers or leaders (a parish's operating account is not a broker).
  const lookalikes = await findLookalikes(conn, config, db.currency);
  const notSources = new Set(lookalikes.keys());
  const findings: Finding[] = [];
  for (const d of firstDetectors) {
    findings.push(...(await runDetector(conn, d, config, ctx, notSources)));
    step(d.pattern);
  }
  let network: Finding[] = [];
  for (let pass = 0; pass < MAX_NETWORK_PASSES; pass++) {
    const next = await runDetector(conn, networkDetector, config, ctx, notSources);
    const same = next.length === network.length && next.every((f, i) => f.id === network[i]!.id && f.score === network[i]!.score);
    network = next;
    if (same) break;
  }
  findings.push(...network);
  step(networkDetector.pattern);
  for (const d of otherDetectors) {
    findings.push(...(await runDetector(conn, d, config, ctx, notSources)));
    step(d.pattern);
  }

  const net = await networkFacts(conn, config);
  const inScope = new Set((await allJson(conn, "detect/scope_list")).map((r) => r.account_id as string));
  step("look-alikes and roles");

  const byAccount = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const a of f.accounts) {
      if (!inScope.has(a)) continue;
      const list = byAccount.get(a) ?? [];
      list.push(f);
      byAccount.set(a, list);
    }
  }
  const candidates = new Set([...byAccount.keys(), ...lookalikes.keys(), ...[...net.keys()].filter((a) => inScope.has(a))]);
  const weights = new Map([...firstDetectors, networkDetector, ...otherDetectors].map((d) => [d.pattern, d.weight]));
  const accounts: AccountResult[] = [];
  for (const account of candidates) {
    const own = (byAccount.get(account) ?? []).slice().sort(byScore);
    const look = lookalikes.get(account);
    const roles = assignRoles(account, own, net.get(account), look, config.consolidation.min_amount);
    const score = combineScore(own, weights, look ? config.lookalikes.penalty : 1);
    if (score < config.min_account_score && roles.length === 0) continue;
    accounts.push({
      account, score, roles, findings: own.map((f) => f.id), lookalike: look?.lookalike ?? null,
      explanation: accountExplanation(account, own, roles, look, weights, net.get(account), db.currency),
    });
  }
  accounts.sort((a, b) => b.score - a.score || cmp(a.account, b.account));
  // Findings listed by weighted score: a ransom collection before an equally strong fan-in.
  const weighted = (f: Finding) => Math.round((weights.get(f.pattern) ?? 0.5) * f.score * 10000);
  const kept = findings.filter((f) => f.accounts.some((a) => inScope.has(a)))
    .sort((a, b) => weighted(b) - weighted(a) || byScore(a, b));

  const detectId = "det-" + createHash("sha256").update(JSON.stringify({ runId, config })).digest("hex").slice(0, 12);
  const result: DetectResult = { detect_id: detectId, scope_run_id: runId, accounts, findings: kept };
  await storeDetection(db, result, { config, startedAt, finishedAt: options.now(), toolVersion: options.toolVersion });
  return result;
}

async function runDetector(
  conn: DuckDBConnection, d: Detector, config: DetectConfig, ctx: { currency: string; config: DetectConfig }, notSources: ReadonlySet<string>,
): Promise<Finding[]> {
  const rows = (await allJson(conn, d.sql, d.params(config))) as unknown as FindingRow[];
  const found: Finding[] = rows.map((r) => ({
    id: findingId(d.pattern, r.key, r.accounts),
    pattern: d.pattern,
    accounts: r.accounts,
    score: Number(r.score),
    explanation: d.explain(r, ctx),
    evidence: r.evidence,
    seeds: r.seeds,
    facts: r.facts,
  }));
  await exec(conn, "detect/found_drop_pattern", { pattern: d.pattern });
  const flagged = found.flatMap((f) => (f.pattern === "consolidation" ? [f.accounts[0]!] : f.accounts)
    .filter((a) => !notSources.has(a)).map((a) => ({ pattern: d.pattern, account_id: a, score: f.score })));
  await exec(conn, "detect/found_add", { rows: JSON.stringify(flagged) });
  return found;
}

function byScore(a: Finding, b: Finding): number {
  return b.score - a.score || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
