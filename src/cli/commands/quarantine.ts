// `flowtrace quarantine`: every rejected row with file, row, column, value and reason.
import { openCase } from "../../db/connect.js";
import { allJson } from "../../db/sql.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

export const quarantineCommand = defineCommand({
  builder: (y) => y.option("reason", { type: "string", describe: "only this reason code (e.g. bad_timestamp)" }),
  async run(args, io) {
    const db = await openCase(args.db, { readOnly: true });
    try {
      const rows = await allJson(db.conn, "ingest/quarantine_list", { reason: args.reason ?? null });
      const out = rows.map((r): Record<string, unknown> => ({ ...r, row: Number(r.row) }));
      if (args.json) {
        printJson(io, { rows: out });
        return;
      }
      io.out(formatTable(["file", "row", "column", "value", "reason"], out.map((r) => [r.file, r.row, r.column, r.value, r.reason])));
      io.err(`${out.length} quarantined row${out.length === 1 ? "" : "s"}\n`);
    } finally {
      db.close();
    }
  },
});
