// `flowtrace paths --from A --to B --max-hops N [--window 7d]`: how money can have moved from one
// account to another: time-respecting transfer sequences, ranked by the amount that can have flowed.
import { openCase } from "../../db/connect.js";
import { inputError } from "../../errors.js";
import { findPaths } from "../../trace/findPaths.js";
import { defineCommand } from "../command.js";
import { formatTable, money, printJson } from "../output.js";

export const pathsCommand = defineCommand({
  builder: (y) => y
    .option("from", { type: "string", demandOption: true, describe: "start account" })
    .option("to", { type: "string", demandOption: true, describe: "end account" })
    .option("max-hops", { type: "number", default: 3, describe: "at most this many transfers per path" })
    .option("since", { type: "string", describe: "ignore transfers before (ISO 8601)" })
    .option("until", { type: "string", describe: "ignore transfers after (ISO 8601)" })
    .option("window", { type: "string", describe: "first to last transfer within this long, e.g. 36h, 7d" })
    .option("inferred", { type: "string", default: "off", describe: "on|off: use inferred links (hawala bridges)" })
    .option("limit", { type: "number", default: 20, describe: "paths to show" }),
  async run(args, io) {
    const hops = args["max-hops"];
    if (!Number.isInteger(hops) || hops < 1 || hops > 8) throw inputError("bad_option", "--max-hops must be a whole number from 1 to 8", { value: String(hops) });
    if (!Number.isInteger(args.limit) || args.limit < 1) throw inputError("bad_option", "--limit must be a positive whole number", { value: String(args.limit) });
    if (args.inferred !== "on" && args.inferred !== "off") throw inputError("bad_option", "--inferred must be on or off", { value: args.inferred });
    const db = await openCase(args.db, { readOnly: true });
    try {
      const doc = await findPaths(db, {
        from: args.from, to: args.to, maxHops: hops, since: time("since", args.since), until: time("until", args.until),
        windowSeconds: windowSeconds(args.window), inferred: args.inferred === "on", limit: args.limit,
      });
      if (args.json) return printJson(io, doc);
      io.out(`${doc.total_paths} path(s) from ${doc.from} to ${doc.to} in at most ${hops} hops\n\n`);
      io.out(formatTable(["rank", "amount", "hops", "transfers", "accounts"], doc.paths.map((p) => [
        p.rank, money(p.amount), p.hops, p.transfers.map((t) => (t.inferred ? `${t.tx_id} [inferred]` : t.tx_id)).join(" > "), p.accounts.join(" > "),
      ])));
    } finally {
      db.close();
    }
  },
});

function time(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : /Z$|[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`);
  if (Number.isNaN(d.getTime())) throw inputError("bad_option", `invalid --${name}`, { value: v });
  return d.toISOString().replace("T", " ").replace("Z", "");
}

function windowSeconds(v: string | undefined): number {
  if (v === undefined) return 0;
  const m = /^(\d+(?:\.\d+)?)([smhd])$/.exec(v);
  if (!m) throw inputError("bad_option", "invalid --window (use e.g. 90m, 36h, 7d)", { value: v });
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as "s" | "m" | "h" | "d"];
}
