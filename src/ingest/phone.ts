// Phone numbers → wallet account ids. A wallet id is the number in E.164 (`wallet:+251911234567`),
// so `0911…`, `911…`, `251911…` and `+251 911 …` are one wallet. The country hint decides what
// a national number means; libphonenumber-js (maintained metadata) does the parsing, never
// hand-written rules. Masked numbers (`07******212`) stay masked: guessing the hidden digits
// would invent a wallet, so they become `masked:07******212`.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

const MASK = /[*xX•#]{2,}/;

/** `wallet:+E164`, `masked:<as given, spaces removed>`, or null when the text holds no number. */
export function phoneAccount(raw: string, country?: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  const compact = text.replace(/[\s\-().]/g, "");
  if (MASK.test(compact)) return `masked:${compact}`;
  const e164 = toE164(compact, country);
  if (e164) return `wallet:${e164}`;
  const digits = compact.replace(/^\+/, "");
  // Not a valid number for any reading: kept as the digits given, never repaired.
  return /^\d{4,}$/.test(digits) ? `wallet:${digits}` : null;
}

/** The number in E.164, or null when no reading of it is a valid number. */
export function toE164(compact: string, country?: string): string | null {
  const hint = country ? (country.toUpperCase() as CountryCode) : undefined;
  const international = compact.startsWith("+") ? compact : compact.startsWith("00") ? `+${compact.slice(2)}` : null;
  if (international) {
    const p = parsePhoneNumberFromString(international);
    return p?.isValid() ? p.number : null;
  }
  if (hint) {
    const p = parsePhoneNumberFromString(compact, hint);
    if (p?.isValid()) return p.number;
  }
  // `254712…` without a plus: a full international number written without it.
  const p = parsePhoneNumberFromString(`+${compact}`);
  return p?.isValid() ? p.number : null;
}
