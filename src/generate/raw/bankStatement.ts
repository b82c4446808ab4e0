// A bank account statement export (CSV): a short preamble, then booking date (dd/mm/yyyy),
// value date, reference, description, the counterparty account (as the case's account id)
// and name, debit and credit columns, running balance, currency. bank-mapping.json maps it.
import type { Ctx } from "../ctx.js";
import type { Account, Transfer } from "../model.js";
import { centsText, csvRow } from "../csvText.js";
import { counterparty } from "./parties.js";

export const BANK_HEADER = ["Booking Date", "Value Date", "Transaction Ref", "Description", "Counterparty Account", "Counterparty Name", "Debit", "Credit", "Balance", "Currency"];

export function bankStatement(ctx: Ctx, owner: Account, transfers: Transfer[]): string {
  const dmy = (ts: number) => {
    const d = new Date(ts * 1000);
    return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
  };
  let balance = owner.opening;
  let text = `${owner.institution} - Account Statement\nAccount: ${owner.id.slice(owner.id.indexOf(":") + 1)}\nAccount Holder: ${owner.holder}\nCurrency: ${owner.currency}\n${csvRow(BANK_HEADER)}`;
  for (const t of transfers.filter((x) => x.from === owner.id || x.to === owner.id)) {
    const out = t.from === owner.id;
    const amount = out ? t.amount : t.received;
    balance += out ? -amount : amount;
    const other = counterparty(ctx, out ? t.to : t.from);
    const desc = t.kind === "cash_out" ? "CASH WITHDRAWAL" : out ? `OUTWARD TRANSFER ${t.reference}`.trim() : `INWARD TRANSFER ${t.reference}`.trim();
    text += csvRow([dmy(t.ts), dmy(t.ts + (out ? 0 : 86400)), t.id, desc, other.id, other.name, out ? centsText(amount) : "", out ? "" : centsText(amount), centsText(balance), owner.currency]);
  }
  return text;
}

export const BANK_MAPPING = {
  description: "Bank statement exports written by flowtrace generate (raw/bank-*.csv): four preamble lines, debit/credit columns, counterparty as the case's account id. Use with --format bank-csv --mapping bank-mapping.json --owner <account id from the preamble>.",
  skip_rows: 4,
  columns: { tx_id: "Transaction Ref", timestamp: "Booking Date", debit: "Debit", credit: "Credit", currency: "Currency", reference: ["Description"], balance: "Balance" },
  sign: "debit_credit",
  counterparty: { column: "Counterparty Account", type: "raw", name_column: "Counterparty Name" },
  date_format: "%d/%m/%Y",
  timezone: "UTC",
};
