// `flowtrace entities`: which accounts belong to one person or organisation, with the
// evidence for each link; the investigator's links file confirms or rejects pairs.
import { openCase } from "../../db/connect.js";
import { allJson, exec } from "../../db/sql.js";
import { TOOL_VERSION } from "../../version.js";
import { resolveEntities } from "../../entities/resolveEntities.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

export const entitiesCommand = defineCommand({
  builder: (y) => y
    .option("links", { type: "string", describe: "CSV account_a,account_b,decision(confirm|reject)[,note]: the investigator's corrections" })
    .option("identifiers", { type: "string", describe: "CSV account_id,type,value: KYC identifiers (national id, passport) to link accounts by" })
    .option("min-confidence", { type: "number", default: 0.8, describe: "links at or above this join accounts into one entity" }),
  async run(args, io) {
    const db = await openCase(args.db);
    try {
      const started = await allJson(db.conn, "case/run_log_start", { command: "entities", options: JSON.stringify({ links: args.links ?? null, identifiers: args.identifiers ?? null, min_confidence: args["min-confidence"] }), tool_version: TOOL_VERSION, now: io.now().toISOString() });
      const result = await resolveEntities(db, {
        minConfidence: args["min-confidence"],
        ...(args.links ? { linksFile: args.links } : {}), ...(args.identifiers ? { identifiersFile: args.identifiers } : {}),
      });
      await exec(db.conn, "case/run_log_finish", { log_id: Number(started[0]!.log_id), now: io.now().toISOString(), summary: JSON.stringify({ entities: result.entities.length, links: result.links }) });
      if (args.json) { printJson(io, result); return; }
      io.out(formatTable(["entity", "name", "accounts", "evidence"], result.entities.map((e) => [
        e.entity_id, e.name, e.accounts.join(" "), e.links.filter((l) => l.decision !== "rejected").map((l) => l.evidence.join("; ")).join(" | "),
      ])));
      io.out(`${result.entities.length} entities with more than one account; ${result.links} links considered\n`);
    } finally {
      db.close();
    }
  },
});
