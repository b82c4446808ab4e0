// A hawala broker's hand-kept ledger: one line per client handing over money (IN) or being paid
// out (OUT), with the code word and the counterpart broker, dates as the keeper writes them
// (dd/mm/yyyy), amounts with thousands separators. Nothing in it links an IN in one ledger
// to the OUT in another except the code word and the amounts.
import type { Ctx } from "../ctx.js";
import type { Transfer } from "../model.js";
import { csvRow } from "../csvText.js";
import { localForm } from "../phones.js";
import { counterparty } from "./parties.js";

export const HAWALA_HEADER = ["Entry", "Date", "Client", "Phone", "Amount", "Currency", "Direction", "Code Word", "Counterpart Broker", "Notes", "Bank Account"];

export function hawalaLedger(ctx: Ctx, broker: string, transfers: Transfer[]): { text: string; rows: (string | number)[][] } {
  const legs = transfers.filter((t) => t.carrier && (t.kind === "hawala_in" || t.kind === "hawala_out"));
  const byCode = new Map<string, Transfer[]>();
  for (const t of legs) byCode.set(t.code!, [...(byCode.get(t.code!) ?? []), t]);
  const rows: (string | number)[][] = [];
  for (const t of legs.filter((x) => x.carrier === broker)) {
    const inbound = t.kind === "hawala_in";
    const client = counterparty(ctx, inbound ? t.from : t.to);
    const clientName = (inbound ? t.to : t.from).split("/").slice(1).join("/");
    const other = byCode.get(t.code!)!.find((x) => x !== t)?.carrier ?? "";
    const d = new Date(t.ts * 1000);
    const date = `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
    const units = Number(t.amount) / 100;
    // The entry number is the case's transfer id, so a ledger line and transfers.csv name the same leg.
    // A client paying in from (or paid out to) a bank account: the broker notes the account
    // (an IBAN, or "<bank>/<number>"), so the ledger names the same party as transfers.csv.
    const account = inbound ? t.from : t.to;
    const bank = account.startsWith("iban:") ? account.slice(5) : account.startsWith("bank:") ? account.slice(5) : "";
    rows.push([t.id, date, clientName, client.phone ? localForm(client.phone) : "", units.toLocaleString("en-US", { maximumFractionDigits: 2 }), t.currency,
      inbound ? "IN" : "OUT", t.code!, other.replace(/ \(.*\)$/, ""), inbound ? "cash received" : "paid to client", bank]);
  }
  return { text: csvRow(HAWALA_HEADER) + rows.map((r) => csvRow(r)).join(""), rows };
}
