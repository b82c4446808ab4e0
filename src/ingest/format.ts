// The contract every input format implements. A reader only *stages* a file: it fills the
// TEMP staging tables (see createStagingTables) with text exactly as given. The shared
// validation step (validateStaged) turns staged rows into transfer_records, account_records
// and fx_rates, or quarantine rows with a reason, so every format gets the same checks and
// the identity rows_read = rows_loaded + rows_quarantined holds for every file.
//
// Staging tables (all VARCHAR except source_row BIGINT, 1-based data row; header is row 0):
//   stage_transfers(source_row, raw, tx_id, timestamp, from_account, to_account, amount,
//                   currency, amount_received, currency_received, channel, reference,
//                   balance_after_from, balance_after_to)
//     timestamp: ISO 8601, with an offset (converted to UTC) or without (taken as UTC);
//     amounts: plain decimal text with '.' (no thousands separators, no sign for the amount).
//   stage_accounts(source_row, raw, account_id, kind, id_type, holder_name, institution,
//                  country, opening_balance)
//   stage_fx(source_row, raw, date, currency, rate_to_reporting, rate_source)
//   stage_rejects(source_row, raw, column_name, value, reason_code, reason)
//     rows the format itself rejects (a Failed M-Pesa row moves no money): quarantined as is.
// raw is the row as given (the raw line, or a JSON object column -> text); when NULL the
// validation step builds it from the staged columns. Each data row of the file must be staged
// exactly once (in one of the four tables), with a distinct source_row, or the row counts lie.
import type { CaseDb } from "../db/connect.js";
import type { Io } from "../cli/io.js";

export interface FormatOptions {
  /** Parsed --mapping JSON (column mapping for spreadsheets, ledgers, ...). */
  mapping?: unknown;
  /** IANA zone or offset for timestamps written without one (e.g. "Africa/Nairobi"). */
  timezone?: string;
  /** Whose statement this is (account id), for statement formats that only name the counterparty. */
  owner?: string;
  /** Currency for formats whose rows carry none. */
  currency?: string;
  [k: string]: unknown;
}

export interface StageContext {
  db: CaseDb;
  /** The file, as given on the command line. */
  path: string;
  /** sources.source_id this file will have (for readers that need it; staging does not store it). */
  sourceId: number;
  options: FormatOptions;
  io: Io;
}

export type RecordKind = "transfers" | "accounts" | "fx" | "statements";

export interface FormatReader {
  /** "mpesa", "canonical-transfers", ... (sources.format; --format selects by this name). */
  name: string;
  /** What the file holds (sources.record_kind). Defaults to "transfers". */
  recordKind?: RecordKind;
  /** true when stage() writes nothing but the staging (TEMP) tables: it then runs before the
   *  load transaction, where DuckDB scans the staged rows in parallel. Leave unset for readers
   *  that write case tables while staging (derived accounts, merges): they stay inside it. */
  stagesOnly?: boolean;
  /** true when the header/first bytes identify this format unambiguously (auto-detection).
   *  head is the first 64 KiB of the file decoded as UTF-8 (binary formats: check magic bytes). */
  detect?(head: string, path: string): boolean;
  /** true when a spreadsheet whose first sheet starts with these column names is this format. */
  detectHeader?(columns: string[]): boolean;
  /** Fill the TEMP staging tables for this file. May use DuckDB read_csv/read_json/read_parquet
   *  or, for XML/XLSX, parse in JS and append with the DuckDB appender. Throw an inputError
   *  (exit 1) when the file is not this format after all (name the file and what is missing):
   *  the whole file is then rejected and nothing of it is loaded. */
  stage(ctx: StageContext): Promise<void>;
}
