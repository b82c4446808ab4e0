// `flowtrace sources`: the files loaded into the case, with SHA-256 and row counts.
import { openCase } from "../../db/connect.js";
import { allJson } from "../../db/sql.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

export const sourcesCommand = defineCommand({
  builder: (y) => y,
  async run(args, io) {
    const db = await openCase(args.db, { readOnly: true });
    try {
      // Rows merged into a transfer of another record are quarantined rows (reason 'merged'):
      // rows_merged says how many of rows_quarantined they are (docs/ingest.md).
      const matches = (await allJson(db.conn, "ingest/transfer_matches_list")).map((m) => ({
        source_id: Number(m.source_id), file: String(m.file), row: Number(m.row), row_tx_id: m.row_tx_id as string | null, tx_id: String(m.tx_id),
        status: String(m.status), match_kind: String(m.match_kind), confidence: String(m.confidence), reasons: String(m.reasons),
      }));
      const merged = new Map<number, number>();
      for (const m of matches) if (m.status === "merged") merged.set(m.source_id, (merged.get(m.source_id) ?? 0) + 1);
      const rows = (await allJson(db.conn, "ingest/sources_list")).map((r): Record<string, unknown> => ({
        ...r, source_id: Number(r.source_id), size_bytes: Number(r.size_bytes), options: JSON.parse(String(r.options)),
        rows_read: Number(r.rows_read), rows_loaded: Number(r.rows_loaded), rows_quarantined: Number(r.rows_quarantined),
        rows_merged: merged.get(Number(r.source_id)) ?? 0,
      }));
      if (args.json) {
        printJson(io, { sources: rows, matches });
        return;
      }
      io.out(formatTable(["id", "file", "format", "read", "loaded", "quarantined", "merged", "sha256"],
        rows.map((r) => [r.source_id, r.path, r.format, r.rows_read, r.rows_loaded, r.rows_quarantined, r.rows_merged, String(r.sha256).slice(0, 16)])));
      const toConfirm = matches.filter((m) => m.status === "to_confirm");
      const mergedCount = matches.length - toConfirm.length;
      if (mergedCount) io.out(`\n${mergedCount} rows merged into the transfer another record shows (flowtrace quarantine --reason merged; sources --json lists the matches)\n`);
      if (toConfirm.length) {
        io.out(`\nto confirm: ${new Set(toConfirm.map((m) => `${m.source_id}/${m.row}`)).size} rows fit several loaded transfers (loaded as they are, not merged)\n`);
        io.out(formatTable(["file", "row", "id", "candidate", "reasons"], toConfirm.map((m) => [m.file, m.row, m.row_tx_id, m.tx_id, m.reasons])));
      }
    } finally {
      db.close();
    }
  },
});
