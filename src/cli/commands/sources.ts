// `flowtrace sources`: the files loaded into the case, with SHA-256 and row counts.
import { openCase } from "../../db/connect.js";
import { allJson } from "../../db/sql.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

export const sourcesCommand = defineCommand<Record<string, never>>({
  builder: (y) => y as never,
  async run(args, io) {
    const db = await openCase(args.db, { readOnly: true });
    try {
      const rows = (await allJson(db.conn, "ingest/sources_list")).map((r): Record<string, unknown> => ({
        ...r, source_id: Number(r.source_id), size_bytes: Number(r.size_bytes), options: JSON.parse(String(r.options)),
        rows_read: Number(r.rows_read), rows_loaded: Number(r.rows_loaded), rows_quarantined: Number(r.rows_quarantined),
      }));
      if (args.json) {
        printJson(io, { sources: rows });
        return;
      }
      io.out(formatTable(["id", "file", "format", "read", "loaded", "quarantined", "sha256"],
        rows.map((r) => [r.source_id, r.path, r.format, r.rows_read, r.rows_loaded, r.rows_quarantined, String(r.sha256).slice(0, 16)])));
    } finally {
      db.close();
    }
  },
});
