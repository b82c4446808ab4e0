// telebirr transaction records for one MSISDN, as Ethio telecom answers a production order:
// payer and credit party by MSISDN (agents and merchants by short code), local time (EAT),
// amounts in ETB, channel and reason (sometimes in Amharic), status, balance after.
import type { Ctx } from "../ctx.js";
import type { Account, Transfer } from "../model.js";
import { hash32, Rng } from "../rng.js";
import { csvRow, eat, groupedText } from "../csvText.js";
import { counterparty, walletReceipt } from "./parties.js";

export const TELEBIRR_HEADER = ["Transaction ID", "Transaction Time", "Transaction Type", "Payer MSISDN", "Payer Name", "Credit Party MSISDN", "Credit Party Name", "Amount", "Currency", "Channel", "Reason", "Status", "Balance"];
const REASONS = ["", "", "ለቤተሰብ", "family", "rent", "ክፍያ", "loan", "help"];
const TYPE: Partial<Record<Transfer["kind"], string>> = {
  p2p: "Transfer Money", cash_in: "Cash In", cash_out: "Cash Out", merchant: "Buy Goods", paybill: "Pay Bill", airtime: "Buy Airtime",
  salary: "Salary Payment", mto: "International Remittance", hawala_out: "Transfer Money", hawala_in: "Transfer Money",
};

export function telebirrRecords(ctx: Ctx, owner: Account, transfers: Transfer[]): string {
  const rng = new Rng(hash32(`telebirr:${owner.id}`));
  let balance = owner.opening;
  // Records are keyed by MSISDN on both sides, so the file needs no preamble naming its owner.
  let text = csvRow(TELEBIRR_HEADER);
  const party = (id: string) => {
    const p = counterparty(ctx, id);
    return { msisdn: p.phone ? p.phone.slice(1) : p.code, name: p.name };
  };
  for (const t of transfers.filter((x) => x.from === owner.id || x.to === owner.id)) {
    const out = t.from === owner.id;
    const amount = out ? t.amount : t.received;
    balance += out ? -amount : amount;
    const payer = party(t.from);
    const credit = party(t.to);
    const channel = t.kind === "cash_in" || t.kind === "cash_out" ? "Agent" : rng.pick(["App", "USSD", "App"]);
    text += csvRow([walletReceipt(t), eat(t.ts), TYPE[t.kind] ?? "Transfer Money", payer.msisdn, payer.name, credit.msisdn, credit.name,
      groupedText(amount), "ETB", channel, t.kind === "p2p" ? rng.pick(REASONS) : t.reference, "Completed", groupedText(balance)]);
  }
  return text;
}
