// Phone numbers as relatives write them ("0911 23 45 67", "+251911234567", "251911…") to E.164,
// through ingestion's reading (src/ingest/phone.ts) so that a statement's number and a wallet
// id agree; a country hint decides national formats. Masked numbers
// ("07******212") are never turned into a real number: they can only be compared.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { toE164 as ingestE164 } from "../ingest/phone.js";

/** The number in E.164 (`+251911234567`), or undefined when it is not a valid phone number. */
export function toE164(text: string | null | undefined, countryHint?: string | null): string | undefined {
  if (!text || text.includes("*")) return undefined;
  const compact = text.replace(/^(wallet|tel|phone):/i, "").replace(/[\s\-().]/g, "");
  if (!/^\+?\d{6,15}$/.test(compact)) return undefined;
  const hint = countryHint && /^[A-Za-z]{2}$/.test(countryHint) ? countryHint.toUpperCase() : undefined;
  return ingestE164(compact, hint) ?? undefined;
}

/** Whether a masked number (`07******212`) could be this E.164 number written nationally. */
export function maskedMatches(masked: string, e164: string): boolean {
  const m = masked.replace(/^masked:/, "").replace(/[\s-]/g, "");
  const p = parsePhoneNumberFromString(e164);
  if (!p || !/^[\d*+]+$/.test(m) || !m.includes("*")) return false;
  // Masks do not keep the length (07******212 stands for a 10-digit number): compare the
  // visible head and tail only.
  const head = m.slice(0, m.indexOf("*"));
  const tail = m.slice(m.lastIndexOf("*") + 1);
  if (head.length + tail.length < 4) return false;
  const forms = [p.formatNational().replace(/\D/g, ""), "0" + p.nationalNumber, p.nationalNumber, e164, e164.slice(1)];
  return forms.some((f) => f.length >= head.length + tail.length && f.startsWith(head) && f.endsWith(tail));
}

/**
 * Every way the number is commonly written (for finding it in free text): E.164, without the
 * plus, with 00, national with trunk zero, national significant number, and spaced forms.
 */
export function phoneVariants(e164: string): string[] {
  const p = parsePhoneNumberFromString(e164);
  if (!p) return [e164];
  const nsn = p.nationalNumber;
  const cc = p.countryCallingCode;
  const national = p.formatNational();
  const set = new Set([e164, `${cc}${nsn}`, `00${cc}${nsn}`, `0${nsn}`, nsn, national, national.replace(/\D/g, ""), p.formatInternational()]);
  return [...set].filter((v) => v.replace(/\D/g, "").length >= 6);
}
