// `flowtrace export`: the case (or one trace run) in the formats other tools read. Rows are
// gathered once, redacted once if asked (before anything is written), then rendered by a pure
// function per format. Table formats (csv, arrow, parquet) write the transfers to FILE and the
// accounts and ledger beside it (FILE.accounts.EXT, FILE.ledger.EXT).
import { writeFileSync } from "node:fs";
import type { CaseDb } from "../db/connect.js";
import { inputError } from "../errors.js";
import type { Redaction } from "../redact/createRedaction.js";
import { ACCOUNT_COLUMNS, exportData, LEDGER_COLUMNS, TRANSFER_COLUMNS, type ExportData, type Row } from "./exportData.js";
import { nextSteps } from "./nextSteps.js";
import { toArrow } from "./toArrow.js";
import { toCsv } from "./toCsv.js";
import { toFtm } from "./toFtm.js";
import { toGoaml } from "./toGoaml.js";
import { toGraphml } from "./toGraphml.js";
import { writeChunks } from "./writeChunks.js";
import { writeParquet } from "./writeParquet.js";

export const EXPORT_FORMATS = ["ftm", "goaml", "arrow", "parquet", "csv", "graphml", "next-steps"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  out: string;
  runId?: string;
  /** Pseudonymise every row before anything is written (redactionFor(db, ...)). */
  redaction?: Redaction;
  /** The report's date (goAML submission_date): pass io.now() so SOURCE_DATE_EPOCH fixes it. */
  now: Date;
  /** ISO country of the investigating authority, for next steps (production order at home). */
  jurisdiction?: string;
}

export interface ExportResult {
  format: ExportFormat;
  files: string[];
  transfers: number;
  accounts: number;
  redacted_people: number;
  next_steps?: ReturnType<typeof nextSteps>;
}

export async function exportCase(db: CaseDb, o: ExportOptions): Promise<ExportResult> {
  if (o.format === "next-steps" && o.runId === undefined) throw inputError("run_needed", "next-steps needs --run: hops exist only in a trace run");
  let data: ExportData = await exportData(db, o.runId);
  if (o.redaction) data = o.redaction.value(data);
  const redacted = o.redaction?.people ?? 0;
  const files: string[] = [];
  const write = (path: string, content: Iterable<string> | Uint8Array) => {
    if (content instanceof Uint8Array) writeFileSync(path, content);
    else writeChunks(path, content);
    files.push(path);
  };
  const beside = (part: string, ext: string) => `${o.out.replace(new RegExp(`\\.${ext}$`), "")}.${part}.${ext}`;
  const tables: ["transfers" | "accounts" | "ledger", Row[], readonly string[]][] = [
    ["transfers", data.transfers, TRANSFER_COLUMNS],
    ["accounts", data.accounts, ACCOUNT_COLUMNS],
    ...(data.run ? [["ledger", data.ledger, LEDGER_COLUMNS] as ["ledger", Row[], readonly string[]]] : []),
  ];
  const result: ExportResult = { format: o.format, files, transfers: data.transfers.length, accounts: data.accounts.length, redacted_people: redacted };
  switch (o.format) {
    case "ftm": write(o.out, toFtm(data)); break;
    case "goaml": write(o.out, toGoaml(data, o.now)); break;
    case "graphml": write(o.out, toGraphml(data)); break;
    case "next-steps": {
      const steps = nextSteps(data, o.jurisdiction);
      result.next_steps = steps;
      write(o.out, toCsv(steps.map((s) => ({ ...s, accounts: s.accounts.join(" ") })), ["hop", "institution", "country", "accounts", "transfers", "traced_amount", "request"]));
      break;
    }
    case "csv": case "arrow": case "parquet": {
      const ext = o.format;
      for (const [table, rows, columns] of tables) {
        const path = table === "transfers" ? o.out : beside(table, ext);
        if (ext === "csv") write(path, toCsv(rows, columns));
        else if (ext === "arrow") write(path, await toArrow(rows, columns));
        else { await writeParquet(path, rows, columns, table); files.push(path); }
      }
      break;
    }
  }
  return result;
}
