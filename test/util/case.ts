// Build a small case quickly for a test: write canonical CSVs to a temp dir and ingest them
// through the real ingestion stage. Transfers, accounts and FX may be CSV text or row objects.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { memoryIo } from "../../src/cli/io.js";
import { openCase } from "../../src/db/connect.js";
import { ingestFiles, type IngestResult } from "../../src/ingest/ingestFiles.js";
import { tmpDir } from "./tmp.js";

export type Rows = Record<string, string | number | null | undefined>[];

export interface CaseSpec {
  transfers?: string | Rows;
  accounts?: string | Rows;
  fx?: string | Rows;
  /** Reporting currency of the new case (default USD). */
  currency?: string;
}

export interface TestCase {
  /** Path of the case database (pass as --db, or to openCase). */
  db: string;
  /** The temp directory holding the CSVs and the case. */
  dir: string;
  /** What ingest reported. */
  ingest: IngestResult;
}

function field(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV text: header = every key in first-seen order. */
export function toCsv(rows: Rows): string {
  const columns: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  return [columns.join(","), ...rows.map((r) => columns.map((c) => field(r[c])).join(","))].join("\n") + "\n";
}

export async function makeCase(spec: CaseSpec): Promise<TestCase> {
  const dir = tmpDir("flowtrace-case-");
  const files: string[] = [];
  for (const kind of ["fx", "accounts", "transfers"] as const) {
    const content = spec[kind];
    if (content === undefined) continue;
    const path = join(dir, `${kind}.csv`);
    writeFileSync(path, typeof content === "string" ? content : toCsv(content));
    files.push(path);
  }
  const dbPath = join(dir, "case.duckdb");
  const db = await openCase(dbPath, { currency: spec.currency });
  try {
    const ingest = await ingestFiles(db, files, { quiet: true }, memoryIo());
    return { db: dbPath, dir, ingest };
  } finally {
    db.close();
  }
}
