// Provenance of rows read from paged documents (PDF): page and line per source_row, kept in
// source_positions (sql/schema/047_source_positions.sql) beside the file's SHA-256 in sources.
// Written while staging, inside the load transaction, so they land with the rows or not at all.
import type { CaseDb } from "../../db/connect.js";
import { exec, sqlText } from "../../db/sql.js";

export interface RowPosition { source_row: number; page: number; line: number }

export async function recordPositions(db: CaseDb, sourceId: number, rows: RowPosition[]): Promise<void> {
  await db.conn.run(sqlText("ingest/formats/positions_create"));
  const appender = await db.conn.createAppender("stage_positions", "main", "temp");
  for (const r of rows) {
    appender.appendBigInt(BigInt(r.source_row));
    appender.appendInteger(r.page);
    appender.appendInteger(r.line);
    appender.endRow();
  }
  appender.closeSync();
  await exec(db.conn, "ingest/formats/positions_insert", { source_id: sourceId });
}
