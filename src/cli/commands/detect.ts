// `flowtrace detect [--run RUN_ID] [--config FILE]`: score accounts, assign roles, list
// findings with their evidence, and store the run in the case for the report and traces.
import { existsSync } from "node:fs";
import { openCase } from "../../db/connect.js";
import { inputError } from "../../errors.js";
import { allJson, exec } from "../../db/sql.js";
import { loadConfig } from "../../detect/config.js";
import { detect } from "../../detect/detect.js";
import { exclusions } from "../../casework/notes.js";
import { TOOL_VERSION } from "../../version.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

export const detectCommand = defineCommand({
  builder: (y) =>
    y
      .option("run", { type: "string", describe: "restrict to the accounts of this trace run" })
      .option("config", { type: "string", describe: "detection thresholds (JSON; see docs/detection.md)" })
      .option("top", { type: "number", default: 20, describe: "accounts and findings shown without --json" }),
  async run(args, io) {
    const config = loadConfig(args.config);
    // Detection reads a case; it must not create an empty one by accident.
    if (!existsSync(args.db)) throw inputError("no_case", "case database not found (ingest records first)", { file: args.db });
    const db = await openCase(args.db);
    try {
      const options = JSON.stringify({ run: args.run ?? null, config: args.config ?? null });
      const started = await allJson(db.conn, "case/run_log_start", { command: "detect", options, tool_version: TOOL_VERSION, now: io.now().toISOString() });
      const progress = args.json ? undefined : (note: string) => io.err(`detect: ${note}\n`);
      const result = await detect(db, { config, runId: args.run, now: () => io.now(), toolVersion: TOOL_VERSION, progress });
      await exec(db.conn, "case/run_log_finish", {
        log_id: Number(started[0]!.log_id), now: io.now().toISOString(),
        summary: JSON.stringify({ detect_id: result.detect_id, accounts: result.accounts.length, findings: result.findings.length }),
      });
      const excluded = (await exclusions(db)).filter((x) => x.target_kind === "account");
      if (args.json) {
        printJson(io, {
          detect_id: result.detect_id,
          ...(excluded.length ? { excluded: excluded.map((x) => ({ account: x.target, note_id: x.note_id, reason: x.text })) } : {}),
          accounts: result.accounts.map((a) => ({ account: a.account, score: a.score, roles: a.roles, findings: a.findings, explanation: a.explanation })),
          findings: result.findings.map((f) => ({ id: f.id, pattern: f.pattern, accounts: f.accounts, score: f.score, explanation: f.explanation, evidence: f.evidence })),
        });
        return;
      }
      const top = Math.max(1, args.top);
      for (const x of excluded) io.out(`left out ${x.target}: labelled exclude (note ${x.note_id}: ${x.text})\n`);
      io.out(`${result.accounts.length} accounts scored, ${result.findings.length} findings (stored as ${result.detect_id})\n\n`);
      io.out(formatTable(["score", "account", "roles", "findings"],
        result.accounts.slice(0, top).map((a) => [a.score, a.account, a.roles.join(", "), a.findings.length])));
      io.out("\n");
      for (const f of result.findings.slice(0, top)) io.out(`${f.id}  (${f.score})\n  ${f.explanation}\n`);
      io.out("\nWhy an account scored as it did: flowtrace detect --json, or the report. Trace a finding: flowtrace trace --seed-finding ID\n");
    } finally {
      db.close();
    }
  },
});

