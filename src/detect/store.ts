// Writes a detection run into the case (detect_runs, detect_accounts, detect_findings), in one
// transaction: the same scope and configuration replace their earlier run.
import type { CaseDb } from "../db/connect.js";
import { inTransaction } from "../db/connect.js";
import { exec } from "../db/sql.js";
import type { DetectConfig } from "./config.js";
import type { DetectResult } from "./types.js";

export interface StoreInfo {
  config: DetectConfig;
  startedAt: Date;
  finishedAt: Date;
  toolVersion: string;
}

export async function storeDetection(db: CaseDb, r: DetectResult, info: StoreInfo): Promise<void> {
  const id = { detect_id: r.detect_id };
  await inTransaction(db, async () => {
    for (const t of ["runs", "accounts", "findings"]) await exec(db.conn, `detect/store_delete_${t}`, id);
    await exec(db.conn, "detect/store_run", {
      ...id,
      scope_run_id: r.scope_run_id,
      config: JSON.stringify(info.config),
      summary: JSON.stringify({ accounts: r.accounts.length, findings: r.findings.length }),
      tool_version: info.toolVersion,
      started_at: info.startedAt.toISOString(),
      finished_at: info.finishedAt.toISOString(),
    });
    await exec(db.conn, "detect/store_accounts", {
      ...id,
      rows: JSON.stringify(r.accounts.map((a, i) => ({
        rank: i + 1, account_id: a.account, score: a.score, roles: JSON.stringify(a.roles),
        findings: JSON.stringify(a.findings), lookalike: a.lookalike, explanation: a.explanation,
      }))),
    });
    await exec(db.conn, "detect/store_findings", {
      ...id,
      rows: JSON.stringify(r.findings.map((f, i) => ({
        rank: i + 1, finding_id: f.id, pattern: f.pattern, accounts: JSON.stringify(f.accounts), score: f.score,
        explanation: f.explanation, evidence: JSON.stringify(f.evidence), seeds: JSON.stringify(f.seeds), facts: JSON.stringify(f.facts),
      }))),
    });
  });
}
