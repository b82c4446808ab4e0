// The report stage's main function: gather the run's data from the case, optionally
// pseudonymise it (the case's one redaction pass, src/redact), render it with the client
// bundle inlined, write one file.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { openCase, type CaseDb } from "../db/connect.js";
import { gatherReportData } from "./data.js";
import { renderReport } from "./render.js";
import { reportClientJs } from "./clientBundle.js";
import type { ReportData } from "./model.js";
import { headline, type Headline } from "./headline.js";
import { makeFolder } from "../outputFolder.js";
import type { Redaction } from "../redact/createRedaction.js";

export interface ReportOptions {
  /** The trace run to report on; default the latest. */
  runId?: string;
  /** When the report says it was written: an input, so the same run gives the same bytes. */
  generatedAt: Date;
  title?: string;
  /** Other case files for the "seen in other cases" section (read-only). */
  xref?: string[];
  /** Pseudonymise the gathered data before rendering (redactionFor(db, ...)). */
  redaction?: Redaction;
}

export interface ReportResult {
  path: string;
  runId: string;
  bytes: number;
  sha256: string;
  transfers: number;
  accounts: number;
  /** The figures the summary states (headline.ts); `report --json` prints them. */
  headline: Headline | null;
}

/** The report as an HTML string, from an open case. */
export async function buildReport(db: CaseDb, options: ReportOptions): Promise<{ html: string; data: ReportData }> {
  let data = await gatherReportData(db, options);
  if (options.redaction) data = { ...options.redaction.value(data), redacted: true };
  return { html: renderReport(data, await reportClientJs()), data };
}

/** Write the report of a run to `out`; `db` is a case file path or an open case. */
export async function writeReport(db: string | CaseDb, out: string, options: ReportOptions): Promise<ReportResult> {
  const owned = typeof db === "string" ? await openCase(db, { readOnly: true }) : undefined;
  try {
    const { html, data } = await buildReport(owned ?? (db as CaseDb), options);
    makeFolder(dirname(out));
    const bytes = Buffer.from(html, "utf8");
    writeFileSync(out, bytes);
    return {
      path: out, runId: data.run.id, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"),
      transfers: data.transfers.length, accounts: data.accounts.length,
      headline: data.run.direction === "backward" ? null : headline(data),
    };
  } finally {
    owned?.close();
  }
}
