// `flowtrace hawala`: infer the links no record contains between pay-in and payout legs of
// hawala brokers, with confidence and evidence; added as inferred transfers, which traces
// follow only with `--inferred on`.
import { openCase } from "../../db/connect.js";
import { allJson, exec } from "../../db/sql.js";
import { TOOL_VERSION } from "../../version.js";
import { inferBridges } from "../../hawala/inferBridges.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

export const hawalaCommand = defineCommand({
  builder: (y) => y
    .option("window-days", { type: "number", default: 7, describe: "longest time between pay-in and payout" })
    .option("min-confidence", { type: "number", default: 0.5, describe: "weakest bridge to add" }),
  async run(args, io) {
    const db = await openCase(args.db);
    try {
      const started = await allJson(db.conn, "case/run_log_start", { command: "hawala", options: JSON.stringify({ window_days: args["window-days"], min_confidence: args["min-confidence"] }), tool_version: TOOL_VERSION, now: io.now().toISOString() });
      const bridges = await inferBridges(db, { windowDays: args["window-days"], minConfidence: args["min-confidence"] });
      await exec(db.conn, "case/run_log_finish", { log_id: Number(started[0]!.log_id), now: io.now().toISOString(), summary: JSON.stringify({ bridges: bridges.length }) });
      if (args.json) { printJson(io, { bridges }); return; }
      io.out(formatTable(["inferred tx", "pay-in", "payout", "confidence", "evidence"], bridges.map((b) => [b.tx_id, b.in_tx, b.out_tx, b.confidence, b.evidence.join("; ")])));
      io.out(`${bridges.length} inferred bridge(s) added (inferred = true; traces include them only with --inferred on)\n`);
    } finally {
      db.close();
    }
  },
});
