// What the families told the police: one line per payment they remember, approximate the way
// people are (the date a few days off, the amount rounded or in another currency, the number
// written the local way or only a name, names spelled differently). About one payment in ten
// is not reported at all. The key records which transfer each statement is about.
import type { Ctx } from "../ctx.js";
import type { Transfer } from "../model.js";
import { nameVariant } from "../names.js";
import type { Story } from "../plan.js";
import { spelledVariant } from "../phones.js";
import { hash32, Rng } from "../rng.js";
import { csvRow } from "../csvText.js";
import { counterparty } from "./parties.js";

export const STATEMENT_HEADER = ["statement_id", "victim", "payer_name", "payer_phone", "paid_on", "amount", "currency", "paid_to", "paid_to_country", "channel", "notes"];
const NOTES = ["they called from Libya and said to pay or he dies", "second payment, they wanted more", "my cousin sent the rest", "", "ወንድሜ በባኒ ዋሊድ ነው", "paid at the shop, the man gave me a code", "they sent a photo of him", ""];

export function relativesStatements(ctx: Ctx, story: Story, byId: Map<string, Transfer>): { text: string; truth: { statement_id: string; tx_id: string }[] } {
  const rng = new Rng(hash32(`statements:${ctx.start}:${story.payments.length}:${story.payments[0]?.tx ?? ""}`));
  const truth: { statement_id: string; tx_id: string }[] = [];
  let text = csvRow(STATEMENT_HEADER);
  let n = 0;
  for (const p of story.payments) {
    if (rng.chance(0.1) && story.payments.length > 3) continue;
    const t = byId.get(p.tx)!;
    const r = story.relatives.find((x) => x.id === p.payer)!;
    const v = story.victims.find((x) => x.id === p.victim)!;
    const id = `S${String(++n).padStart(3, "0")}`;
    truth.push({ statement_id: id, tx_id: p.tx });
    const day = new Date((t.ts + rng.int(-3, 3) * 86400) * 1000).toISOString().slice(0, 10);
    let amount = Number(p.amount) / 100;
    let currency: string = p.currency;
    if (rng.chance(0.25) && currency !== "USD") {
      // "about 2,000 dollars": the amount as the family thinks of it.
      amount = Math.round((amount * Number(ctx.fx.scaled(0, p.currency, "official"))) / 1e10 / 100) * 100;
      currency = "USD";
    } else if (rng.chance(0.5)) amount = Math.round(amount / 50) * 50;
    const to = counterparty(ctx, p.channel === "hawala" ? p.to : p.to);
    let paidTo: string;
    if (p.channel === "hawala") paidTo = to.institution.replace(/ \(.*\)$/, "");
    else if (to.phone && rng.chance(0.8)) paidTo = spelledVariant(to.phone, rng.int(0, 4));
    else paidTo = to.id.startsWith("wallet:") ? nameVariant(rng, { full: to.name, parts: to.name.split(" ") }) : to.id.slice(to.id.indexOf(":") + 1);
    const channel = p.channel === "mto" ? `money transfer (${t.carrier ?? "agent"})` : p.channel === "mobile" ? (to.country === "ET" ? "telebirr" : "M-Pesa") : p.channel === "bank" ? "bank transfer" : "hawala";
    text += csvRow([id, rng.chance(0.3) ? nameVariant(rng, { full: v.name, parts: v.name.split(" ") }) : v.name, nameVariant(rng, r.name), spelledVariant(r.phone, rng.int(0, 4)),
      day, amount, currency, paidTo, to.country, channel, t.code && rng.chance(0.7) ? `the broker gave me the code "${t.code}"` : rng.pick(NOTES)]);
  }
  return { text, truth };
}
