// Stage one file with one reader into a fresh case and read the staging tables back, so format
// tests check exactly what a reader hands to the shared validation step.
import { join } from "node:path";
import { openCase } from "../../src/db/connect.js";
import { memoryIo } from "../../src/cli/io.js";
import { createStagingTables } from "../../src/ingest/staging.js";
import type { FormatOptions, FormatReader } from "../../src/ingest/format.js";
import { tmpDir } from "../util/tmp.js";

export type Row = Record<string, string | null>;

export interface Staged {
  transfers: Row[];
  accounts: Row[];
  rejects: Row[];
  fx: Row[];
  /** Accounts already in the case after staging (those readers derive from transfer rows). */
  caseAccounts: Row[];
  /** stage_order: read positions given by readers of newest-first statements. */
  order: Row[];
  stderr: string;
}

export async function stageFile(reader: FormatReader, path: string, options: FormatOptions = {}): Promise<Staged> {
  const db = await openCase(join(tmpDir(), "case.duckdb"));
  const io = memoryIo();
  try {
    await createStagingTables(db);
    await reader.stage({ db, path, sourceId: 1, options, io });
    const read = async (t: string) =>
      (await db.conn.runAndReadAll(`SELECT * FROM ${t} ORDER BY source_row, 3`)).getRowObjectsJson() as Row[];
    return { transfers: await read("stage_transfers"), accounts: await read("stage_accounts"),
      rejects: await read("stage_rejects"), fx: await read("stage_fx"),
      caseAccounts: (await db.conn.runAndReadAll("SELECT * FROM account_records ORDER BY account_key")).getRowObjectsJson() as Row[],
      order: (await db.conn.runAndReadAll("SELECT * FROM stage_order ORDER BY source_row")).getRowObjectsJson() as Row[],
      stderr: io.stderr };
  } finally {
    db.close();
  }
}

export const fixture = (name: string) => join(__dirname, "..", "fixtures", "formats", name);
export const extdata = join(__dirname, "..", "..", "..", "shared", "extdata");
