// Safaricom M-Pesa full statements as CSV (PDF exports converted): preamble, a header repeated on
// every page with verification-code rows between, multi-line Details holding the counterparty,
// masked numbers, negative Withdrawn, quoted thousands, charge rows sharing their transfer's
// receipt, Failed/Reversed rows, local time (EAT), newest first. See docs/formats.md.
import { listValue } from "@duckdb/node-api";
import type { FormatReader, StageContext } from "../format.js";
import { allJson, exec } from "../../db/sql.js";
import { createFormatMacros } from "./macros.js";
import { column, statementHead } from "./statementHead.js";
import { ownerAccount } from "./owner.js";
import { resolvePhones } from "./resolvePhones.js";
import { zoneParams } from "./zone.js";
import { printReconciliation, reconcile } from "./reconcile.js";
import { applyDerivedAccounts, createDerivedAccounts } from "./derivedAccounts.js";
import { mergeCopies } from "./mergeCopies.js";
import { mergeAcrossSources } from "./crossSource.js";

const HEADER = /^receipt\s*no\.?$/i;

export const mpesaReader: FormatReader = {
  name: "mpesa",
  recordKind: "statements",
  detect: (head) => /(^|\n)"?Receipt No\.?"?\s*,\s*"?Completion Time"?/i.test(head),
  stage: (ctx) => stageStatement(ctx, { format: "mpesa", provider: "mpesa", institution: "Safaricom M-Pesa", country: "KE", currency: "KES", zone: "+03:00" }),
};

export interface StatementProfile {
  format: string;
  provider: string;
  institution: string;
  country: string;
  currency: string;
  /** Default zone of the statement's local times (EAT for M-Pesa). */
  zone: string;
}

export async function stageStatement(ctx: StageContext, p: StatementProfile): Promise<void> {
  const { db, path, options } = ctx;
  const head = statementHead(path, HEADER);
  const country = typeof options.country === "string" ? options.country : p.country;
  const owner = ownerAccount(options.owner ?? head.preamble.get("mobile number") ?? head.preamble.get("msisdn"), country, path);
  const statusColumn = column(head, path, "Transaction Status", "Status");
  const inColumn = column(head, path, "Paid In", "Credit");
  const outColumn = column(head, path, "Withdrawn", "Paid Out", "Debit");
  await createFormatMacros(db);
  await createDerivedAccounts(db);
  await exec(db.conn, "ingest/formats/mpesa/read", {
    path, skip: head.skip, header: listValue(head.header),
    i_receipt: 1, i_time: column(head, path, "Completion Time", "Date", "Transaction Time"),
    i_details: column(head, path, "Details", "Description"), i_status: statusColumn,
    i_in: inColumn, i_out: outColumn,
    i_balance: column(head, path, "Balance"),
  });
  await stageMpesaRows(ctx, p, owner, head.preamble.get("customer name") ?? "", head.header[statusColumn - 1]!, country,
    { paidIn: head.header[inColumn - 1]!, withdrawn: head.header[outColumn - 1]! });
}

/**
 * From the table mpesa_rows (n, receipt, completion_time, details, status, paid_in, withdrawn,
 * balance, raw: the CSV's rows, or the rows a PDF statement's layout gave) to staged transfers,
 * rejects and accounts, reconciled. Shared by the CSV and PDF statement readers.
 */
export async function stageMpesaRows(ctx: StageContext, p: StatementProfile, owner: string, ownerName: string, statusHeader: string, country: string,
  amountHeaders: { paidIn: string; withdrawn: string } = { paidIn: "Paid In", withdrawn: "Withdrawn" }): Promise<void> {
  const { db, path, options } = ctx;
  await exec(db.conn, "ingest/formats/mpesa/lines", { provider: p.provider });
  await exec(db.conn, "ingest/formats/mpesa/stage_transfers", {
    owner, currency: options.currency ?? p.currency, channel: p.format, ...zoneParams(options.timezone ?? p.zone),
  });
  await exec(db.conn, "ingest/formats/mpesa/stage_rejects", { status_column: statusHeader });
  await exec(db.conn, "ingest/formats/mpesa/stage_faults", { in_column: amountHeaders.paidIn, out_column: amountHeaders.withdrawn });
  await exec(db.conn, "ingest/formats/mpesa/stage_accounts", {
    owner, owner_name: ownerName, institution: p.institution, country,
  });
  await exec(db.conn, "ingest/formats/stage_order_chrono");
  await resolvePhones(db, country);
  await applyDerivedAccounts(db);
  printReconciliation(ctx.io, p.format, path, reconcile(await allJson(db.conn, "ingest/formats/reconcile_staged", { owner })));
  await mergeCopies(ctx, owner);
  await mergeAcrossSources(ctx);
}
