// `flowtrace sql "SELECT …"`: query the case read-only. Investigators live in SQL.
import { openCase } from "../../db/connect.js";
import { inputError } from "../../errors.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

export const sqlCommand = defineCommand<{ query: string }>({
  builder: (y) => y.positional("query", { type: "string", demandOption: true, describe: "one SQL statement" }),
  async run(args, io) {
    const db = await openCase(args.db, { readOnly: true });
    try {
      let reader;
      try {
        reader = await db.conn.runAndReadAll(args.query);
      } catch (e) {
        throw inputError("sql", `query failed: ${(e as Error).message.split("\n")[0]}`);
      }
      const columns = reader.columnNames();
      const rows = reader.getRowObjectsJson();
      if (args.json) printJson(io, { columns, rows });
      else io.out(formatTable(columns, rows.map((r) => columns.map((c) => r[c]))));
    } finally {
      db.close();
    }
  },
});
