// What a statement says, interpreted: amounts written "4,000", "about 4000 $", "3.500,00";
// dates "2024-03-05", "05/03/2024", "2024-03" (a month: the window widens); phones in any
// local form. Nothing is guessed that the statement does not say.
import { toE164 } from "./phone.js";

export interface Statement {
  statement_id: string;
  victim: string | null;
  payer_name: string | null;
  payer_phone: string | null;
  paid_on: string | null;
  amount: string | null;
  currency: string | null;
  paid_to: string | null;
  paid_to_country: string | null;
  channel: string | null;
  notes: string | null;
  file: string;
  file_row: number;
}

export interface StatementFacts {
  id: string;
  /** UTC midnight of the stated day, in ms. */
  date?: number;
  /** How loosely the date was given, in days either side (0 for an exact day). */
  dateSlack: number;
  amount?: number;
  currency?: string;
  payerPhone?: string;
  /** The payer's number as digits without trunk zeros, when it could not be read as E.164. */
  payerDigits?: string;
  payerName?: string;
  paidToPhone?: string;
  paidTo?: string;
  paidToCountry?: string;
  channel?: string;
}

export const DAY = 86_400_000;

export function parseAmount(text: string | null): number | undefined {
  if (!text) return undefined;
  let t = text.toLowerCase().replace(/about|approx\.?|around|ca\.|~|[a-z]{3}$|[$€£]/g, "").replace(/\s/g, "");
  let factor = 1;
  if (/^\d+(\.\d+)?k$/.test(t)) { factor = 1000; t = t.slice(0, -1); }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, "").replace(",", ".");
  else if (/^\d+,\d{1,2}$/.test(t)) t = t.replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  const v = Number(t) * factor;
  return v > 0 ? v : undefined;
}

export function parseDate(text: string | null): { date: number; slack: number } | undefined {
  if (!text) return undefined;
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!, 0);
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  // Day first: the European and East African habit (05/03/2024 is 5 March).
  if (m) return valid(+m[3]!, +m[2]!, +m[1]!, 0);
  m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m) return valid(+m[1]!, +m[2]!, 15, 16);
  const parsed = Date.parse(t);
  if (!Number.isNaN(parsed)) {
    const d = new Date(parsed);
    return valid(d.getFullYear(), d.getMonth() + 1, d.getDate(), 0);
  }
  return undefined;
}

function valid(y: number, mo: number, d: number, slack: number) {
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return { date: ms, slack };
}

export function statementFacts(s: Statement): StatementFacts {
  const date = parseDate(s.paid_on);
  const country = s.paid_to_country?.trim().toUpperCase() || undefined;
  const paidToPhone = toE164(s.paid_to, country);
  const facts: StatementFacts = { id: s.statement_id, dateSlack: date?.slack ?? 0 };
  if (date) facts.date = date.date;
  const amount = parseAmount(s.amount);
  if (amount !== undefined) facts.amount = amount;
  const currency = s.currency?.trim().toUpperCase();
  if (currency && /^[A-Z]{3}$/.test(currency)) facts.currency = currency;
  // The payer's own phone: no country hint, so it must be written internationally or be
  // parseable as such (diaspora numbers are).
  const payerPhone = toE164(s.payer_phone, undefined);
  if (payerPhone) facts.payerPhone = payerPhone;
  else {
    const digits = (s.payer_phone ?? "").replace(/\D/g, "").replace(/^0+/, "");
    if (digits.length >= 7) facts.payerDigits = digits;
  }
  if (s.payer_name?.trim()) facts.payerName = s.payer_name.trim();
  if (paidToPhone) facts.paidToPhone = paidToPhone;
  if (s.paid_to?.trim()) facts.paidTo = s.paid_to.trim();
  if (country) facts.paidToCountry = country;
  if (s.channel?.trim()) facts.channel = s.channel.trim();
  return facts;
}

