// M-Pesa business (pay bill / till) exports from the organisation portal, as CSV: Receipt No.,
// Completion Time, Initiation Time, Details, Transaction Status, Paid In, Withdrawn, Balance,
// Reason Type, Other Party Info ("254712345678 - JOHN DOE"), A/C No. The statement's owner is
// the organisation's short code (preamble "Short Code" or --owner); charge rows share their
// payment's receipt. See docs/formats.md.
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

async function stageBusiness(ctx: StageContext): Promise<void> {
  const { db, path, options } = ctx;
  const head = statementHead(path, /^receipt\s*no\.?$/i);
  const code = head.preamble.get("short code") ?? head.preamble.get("shortcode") ?? head.preamble.get("organization short code");
  const owner = ownerAccount(options.owner ?? (code ? `merchant:${code.replace(/\s/g, "")}` : undefined), "KE", path);
  const col = (...names: string[]) => column(head, path, ...names);
  await createFormatMacros(db);
  await createDerivedAccounts(db);
  await exec(db.conn, "ingest/formats/mpesa_business/read", {
    path, skip: head.skip, header: listValue(head.header),
    i_receipt: 1, i_time: col("Completion Time"), i_init: col("Initiation Time"), i_details: col("Details"),
    i_status: col("Transaction Status", "Status"), i_in: col("Paid In"), i_out: col("Withdrawn", "Paid Out"),
    i_balance: col("Balance"), i_reason: col("Reason Type"), i_party: col("Other Party Info"), i_acc: col("A/C No.", "Account No"),
  });
  await exec(db.conn, "ingest/formats/mpesa_business/stage_transfers", { owner, currency: options.currency ?? "KES", ...zoneParams(options.timezone ?? "+03:00") });
  await exec(db.conn, "ingest/formats/mpesa_business/stage_rejects");
  await exec(db.conn, "ingest/formats/mpesa_business/stage_accounts", { owner, owner_name: head.preamble.get("organization name") ?? head.preamble.get("organisation name") ?? "" });
  await exec(db.conn, "ingest/formats/stage_order_chrono");
  await resolvePhones(db, "KE");
  await applyDerivedAccounts(db);
  printReconciliation(ctx.io, "mpesa-business", path, reconcile(await allJson(db.conn, "ingest/formats/reconcile_staged", { owner })));
}

export const mpesaBusinessReader: FormatReader = {
  name: "mpesa-business",
  recordKind: "statements",
  detect: (head) => /(^|\n)"?Receipt No\.?"?\s*,/i.test(head) && /Other Party Info/i.test(head) && /Reason Type/i.test(head),
  stage: stageBusiness,
};
