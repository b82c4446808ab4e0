// `flowtrace match-statements FILE`: relatives' statements → ranked candidate transfers, with
// the reasons in words; confirmed matches can be written as a seed file for `trace`.
import { openCase } from "../../db/connect.js";
import { allJson, exec } from "../../db/sql.js";
import { TOOL_VERSION } from "../../version.js";
import { inputError } from "../../errors.js";
import { matchStatements } from "../../statements/matchStatements.js";
import { readDecisions } from "../../statements/readDecisions.js";
import { confirmedSeeds, DEFAULT_MIN_CONFIDENCE, writeSeedFile } from "../../statements/seedsFromStatements.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

export const matchStatementsCommand = defineCommand({
  builder: (y) => y
    .positional("file", { type: "string", demandOption: true, describe: "statements CSV: statement_id,victim,payer_name,payer_phone,paid_on,amount,currency,paid_to,paid_to_country,channel,notes" })
    .option("days", { type: "number", default: 7, describe: "days either side of the stated date" })
    .option("top", { type: "number", default: 3, describe: "other candidates listed per statement" })
    .option("seeds-out", { type: "string", describe: "write the chosen matches as a seed CSV (tx_id,statement_id,confidence)" })
    .option("decisions", { type: "string", describe: "CSV statement_id,tx_id,decision(confirm|reject)[,note]: the investigator's word on matches" })
    .option("min-confidence", { type: "number", default: DEFAULT_MIN_CONFIDENCE, describe: "lowest confidence written to the seed file" }),
  async run(args, io) {
    if (!(args.days >= 0) || !Number.isInteger(args.days)) throw inputError("bad_option", "--days must be a whole number of days", { value: String(args.days) });
    const db = await openCase(args.db);
    try {
      const started = await allJson(db.conn, "case/run_log_start", { command: "match-statements", options: JSON.stringify({ file: args.file, days: args.days, top: args.top, seeds_out: args["seeds-out"] ?? null, decisions: args.decisions ?? null, min_confidence: args["min-confidence"] }), tool_version: TOOL_VERSION, now: io.now().toISOString() });
      const decisions = args.decisions ? await readDecisions(db.conn, args.decisions) : [];
      const result = await matchStatements(db, args.file, { days: args.days, top: args.top, decisions });
      await exec(db.conn, "case/run_log_finish", { log_id: Number(started[0]!.log_id), now: io.now().toISOString(), summary: JSON.stringify({ statements: result.statements, matched: result.matched }) });
      const seeds = confirmedSeeds(result, args["min-confidence"]);
      if (args["seeds-out"]) writeSeedFile(args["seeds-out"], seeds);
      if (args.json) {
        printJson(io, { matches: result.matches, statements: result.statements, matched: result.matched, unmatched: result.unmatched, seeds: seeds.map((s) => s.tx_id) });
        return;
      }
      io.out(formatTable(["statement", "rank", "tx_id", "confidence", "chosen", "reasons"],
        result.matches.map((m) => [m.statement_id, m.rank, m.tx_id, m.confidence, m.chosen ? "yes" : "", m.reasons.join("; ")])));
      io.out(`${result.matched} of ${result.statements} statements matched; ${seeds.length} seed transfer(s) at confidence >= ${args["min-confidence"]}\n`);
      if (args["seeds-out"]) io.err(`seed file written: ${args["seeds-out"]}\n`);
    } finally {
      db.close();
    }
  },
});
