// How well one recorded transfer fits one statement: amount (fees and exchange rates make it
// differ a little), date (relatives remember approximately), receiver (the number or name
// they paid to) and payer. Each part is 0..1 with a sentence saying why; the confidence is
// their weighted mean over the parts the statement actually speaks about, discounted when it
// says little.
import { nameSimilarity } from "../entities/nameSimilarity.js";
import { accountPhone } from "./accountPhone.js";
import { maskedMatches } from "./phone.js";
import { DAY, type StatementFacts } from "./statementFacts.js";
import { money } from "../format/money.js";

export interface Candidate {
  tx_id: string;
  ts: string;
  from_account: string;
  to_account: string;
  amount: number;
  currency: string;
  value_out: number;
  channel: string | null;
  reference: string | null;
  from_name: string | null;
  to_name: string | null;
  to_country: string | null;
  to_institution: string | null;
}

export interface Part {
  score: number;
  reason?: string;
}

export interface Scored {
  tx_id: string;
  confidence: number;
  amount: Part;
  date: Part;
  receiver: Part;
  payer: Part;
  reasons: string[];
}

const WEIGHTS = { amount: 0.35, date: 0.2, receiver: 0.3, payer: 0.15 };

/** Stated vs recorded amount; `fx` when a conversion sits between them (wider tolerance). */
export function amountPart(stated: number, recorded: number, unit: string, fx: boolean): Part {
  const diff = (recorded - stated) / stated;
  const pct = `${Math.abs(diff * 100).toFixed(1)}% ${diff < 0 ? "less" : "more"}`;
  const what = `stated ${money(stated)} ${unit}, recorded ${money(recorded)} ${unit}`;
  const d = Math.abs(diff);
  if (d <= 0.005) return { score: 1, reason: `amount agrees: ${what}` };
  if (d <= 0.05) return { score: 0.85, reason: `amount within fee tolerance: ${what} (${pct})` };
  if (fx && d <= 0.15) return { score: 0.6, reason: `amount within exchange-rate tolerance: ${what} (${pct})` };
  if (d <= 0.25) return { score: 0.25, reason: `amount roughly similar: ${what} (${pct})` };
  return { score: 0 };
}

export function datePart(s: StatementFacts, ts: string, window: number): Part {
  if (s.date === undefined) return { score: 0 };
  const days = Math.floor((Date.parse(ts) - s.date) / DAY);
  const off = Math.max(0, Math.abs(days) - s.dateSlack);
  const score = Math.max(0, 1 - off / (window + 1));
  const when = days === 0 ? "on the stated day" : `${Math.abs(days)} day${Math.abs(days) === 1 ? "" : "s"} ${days > 0 ? "after" : "before"} the stated date`;
  return { score: Math.round(score * 1000) / 1000, reason: `paid ${ts.slice(0, 10)}, ${when}` };
}

function receiverPart(s: StatementFacts, c: Candidate): Part {
  if (!s.paidTo) return { score: 0 };
  const to = c.to_account;
  if (s.paidToPhone) {
    if (accountPhone(to) === s.paidToPhone) return { score: 1, reason: `receiving account ${to} is the stated number ${s.paidTo}` };
    if (to.startsWith("masked:") && maskedMatches(to, s.paidToPhone)) {
      return { score: 0.6, reason: `masked receiving number ${to.slice(7)} is consistent with the stated number ${s.paidTo}` };
    }
  }
  const digits = s.paidTo.replace(/\D/g, "");
  if (!s.paidToPhone && digits.length >= 5 && to.replace(/\D/g, "").includes(digits)) {
    return { score: 0.9, reason: `stated account number ${s.paidTo} appears in receiving account ${to}` };
  }
  const sim = Math.max(nameSimilarity(s.paidTo, c.to_name), nameSimilarity(s.paidTo, to.replace(/^[a-z]+:/, "").replace(/[/_]/g, " ")));
  if (sim >= 0.75) return { score: sim, reason: `stated receiver "${s.paidTo}" resembles holder "${c.to_name ?? to}" (name similarity ${sim.toFixed(2)})` };
  return { score: 0 };
}

function payerPart(s: StatementFacts, c: Candidate): Part {
  const phone = accountPhone(c.from_account);
  if (s.payerPhone && phone === s.payerPhone) return { score: 1, reason: `paying account ${c.from_account} is the payer's phone` };
  // A national number without its country ("0152 071 74079"): the wallet's number ends with it.
  if (s.payerDigits && phone?.endsWith(s.payerDigits)) return { score: 0.9, reason: `paying account ${c.from_account} ends with the payer's number` };
  const sim = nameSimilarity(s.payerName, c.from_name);
  if (sim >= 0.75) return { score: sim, reason: `payer "${s.payerName}" resembles sender "${c.from_name}" (name similarity ${sim.toFixed(2)})` };
  return { score: 0 };
}

/** `statedValue` is the statement's amount in the reporting currency, when a rate is known. */
export function scoreCandidate(s: StatementFacts, c: Candidate, statedValue: number | undefined, reporting: string, window: number): Scored {
  let amount: Part = { score: 0 };
  if (s.amount !== undefined && s.currency === c.currency) amount = amountPart(s.amount, c.amount, c.currency, false);
  else if (statedValue !== undefined) amount = amountPart(statedValue, c.value_out, reporting, true);
  const parts = { amount, date: datePart(s, c.ts, window), receiver: receiverPart(s, c), payer: payerPart(s, c) };
  return { tx_id: c.tx_id, ...parts, confidence: combine(s, parts), reasons: reasonsOf(s, c, parts) };
}

export function combine(s: StatementFacts, parts: Record<keyof typeof WEIGHTS, Part>): number {
  const said = { amount: s.amount !== undefined, date: s.date !== undefined, receiver: !!s.paidTo, payer: !!(s.payerName || s.payerPhone || s.payerDigits) };
  let w = 0;
  let sum = 0;
  for (const k of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
    if (!said[k]) continue;
    w += WEIGHTS[k];
    sum += WEIGHTS[k] * parts[k].score;
  }
  if (!w) return 0;
  return Math.round((sum / w) * (0.7 + 0.3 * w) * 1000) / 1000;
}

export function reasonsOf(s: StatementFacts, c: Candidate, parts: Record<string, Part>): string[] {
  const reasons = Object.values(parts).flatMap((p) => (p.reason ? [p.reason] : []));
  if (s.paidToCountry && c.to_country && s.paidToCountry === c.to_country.toUpperCase()) reasons.push(`receiving account is in ${c.to_country}, as stated`);
  if (s.channel && c.channel && c.channel.toLowerCase().includes(s.channel.toLowerCase().split(/\s/)[0]!)) reasons.push(`channel ${c.channel} as stated`);
  return reasons;
}
