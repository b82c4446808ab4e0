// Small wording helpers shared by the detectors' explanations (numbers as a person reads them).
import { money } from "../cli/output.js";

/** "1,530.00 USD" from a DECIMAL string or a number. */
export function amount(v: unknown, currency: string): string {
  return `${money(Number(v ?? 0))} ${currency}`;
}

/** "3 of 4" style share, or a percentage for large counts. */
export function share(part: unknown, whole: unknown): string {
  const p = Number(part ?? 0);
  const w = Number(whole ?? 0);
  if (w <= 0) return "0";
  return w <= 20 ? `${p} of ${w}` : `${Math.round((100 * p) / w)}% of ${w}`;
}

export function percent(part: unknown, whole: unknown): string {
  const w = Number(whole ?? 0);
  return w > 0 ? `${Math.round((100 * Math.min(Number(part ?? 0), w)) / w)}%` : "0%";
}

/** Hours as "5 hours" / "2.5 days". */
export function duration(hours: unknown): string {
  const h = Number(hours ?? 0);
  if (h < 48) return `${Math.round(h)} hour${Math.round(h) === 1 ? "" : "s"}`;
  return `${Math.round(h / 2.4) / 10} days`;
}

/** ISO date part of a timestamp string. */
export function day(ts: unknown): string {
  return String(ts ?? "").slice(0, 10);
}

export function plural(n: unknown, word: string, many = `${word}s`): string {
  return `${Number(n ?? 0)} ${Number(n ?? 0) === 1 ? word : many}`;
}
