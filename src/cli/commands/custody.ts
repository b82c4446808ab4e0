// `flowtrace custody [verify]`: print the case's custody log, or check it: recompute the hash
// chain and the table digests and name the first entry that no longer matches (exit 1).
import { existsSync } from "node:fs";
import { changedTables, custodyEntries, verifyCustody } from "../../casework/custody.js";
import { openCase } from "../../db/connect.js";
import { inputError } from "../../errors.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

export const custodyCommand = defineCommand<{ action?: string }>({
  builder: (y) => y.positional("action", { type: "string", choices: ["verify"], describe: "verify: recompute the chain and the table digests" }) as never,
  async run(args, io) {
    if (!existsSync(args.db)) throw inputError("no_case", "case database not found", { file: args.db });
    const db = await openCase(args.db, { readOnly: true });
    try {
      if (args.action === "verify") {
        const v = await verifyCustody(db.conn);
        if (args.json) printJson(io, v);
        else if (v.ok) io.out(`custody log intact: ${v.entries} entr${v.entries === 1 ? "y" : "ies"}, head ${v.head ?? "(empty log)"}\n`);
        if (!v.ok) throw inputError("custody_broken", `custody log does not match: ${v.problem}`, { file: args.db });
        return;
      }
      const entries = await custodyEntries(db.conn);
      if (args.json) { printJson(io, { entries, head: entries.at(-1)?.hash ?? null }); return; }
      io.out(formatTable(["seq", "at", "author", "command", "files", "tables changed", "hash"], entries.map((e) => [
        e.seq, e.at, e.author, e.command.slice(1).join(" "), e.files.length,
        changedTables(e.tables_before, e.tables_after).join(" "),
        e.hash.slice(0, 16),
      ])));
      io.out(`head ${entries.at(-1)?.hash ?? "(empty log)"}\n`);
    } finally {
      db.close();
    }
  },
});
