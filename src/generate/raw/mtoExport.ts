// A money-transfer operator's export for a corridor: both parties with their countries, send
// amount and fee in the send currency, the rate applied, payout amount and currency, status.
// Cancelled transfers are listed too; they move no money and are not in transfers.csv.
import type { Ctx } from "../ctx.js";
import type { Transfer } from "../model.js";
import { hash32, Rng } from "../rng.js";
import { centsText, csvRow } from "../csvText.js";
import { counterparty } from "./parties.js";

export const MTO_HEADER = ["Reference", "Date", "Operator", "Sender ID", "Sender Name", "Sender Phone", "Sender Country", "Send Amount", "Send Currency", "Fee",
  "Exchange Rate", "Receiver ID", "Receiver Name", "Receiver Phone", "Receiver Country", "Payout Amount", "Payout Currency", "Payout Method", "Payout Bank", "Status"];

/** How the operator paid: to a wallet, a bank account (with the bank), or a pay bill number. */
function payout(id: string, institution: string): [string, string] {
  if (id.startsWith("wallet:")) return ["Mobile wallet", ""];
  if (id.startsWith("bank:") || id.startsWith("iban:")) return ["Bank account", institution];
  return ["Pay bill", ""];
}

export function mtoExport(ctx: Ctx, operator: string, transfers: Transfer[]): string {
  const rng = new Rng(hash32(`mto:${operator}`));
  const mine = transfers.filter((t) => t.kind === "mto" && t.carrier === operator);
  const fees = new Map(transfers.filter((t) => t.kind === "fee" && t.carrier === operator).map((t) => [`${t.from}@${t.ts}`, t]));
  let text = csvRow(MTO_HEADER);
  for (const t of mine) {
    const s = counterparty(ctx, t.from);
    const r = counterparty(ctx, t.to);
    const fee = fees.get(`${t.from}@${t.ts}`);
    const row = (ref: string, status: string) => csvRow([ref, new Date(t.ts * 1000).toISOString().slice(0, 19).replace("T", " "), operator,
      t.from.slice(t.from.indexOf("/") + 1), s.name, s.phone ?? "", s.country, centsText(t.amount), t.currency, fee ? centsText(fee.amount) : "0.00",
      (Number(t.received) / Number(t.amount)).toFixed(6), r.phone ?? r.code, r.name, r.phone ?? "", r.country, centsText(t.received), t.currencyReceived,
      ...payout(r.id, r.institution), status]);
    if (rng.chance(0.04)) text += row(`${t.id.slice(0, 3)}C${t.id.slice(4)}`, "Cancelled");
    text += row(t.id, "Paid");
  }
  return text;
}
