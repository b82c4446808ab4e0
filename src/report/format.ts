// Number and date formats for people, independent of the machine's locale so that the same
// run always renders the same bytes.

import { money } from "../format/money.js";

export { money };

/** A short amount for chart labels: 1,234 / 12.3k / 4.56M. */
export function shortMoney(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${(v / 1e6).toFixed(2)}M`;
  if (a >= 1e4) return `${(v / 1e3).toFixed(1)}k`;
  return money(v).replace(/\.\d\d$/, "");
}

export function count(n: number): string {
  return money(n).slice(0, -3);
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** "2024-03-05T08:30:00Z" → "Tue 2024-03-05 08:30" (UTC; investigators reason in weekdays). */
export function when(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${DAYS[d.getUTCDay()]} ${d.toISOString().slice(0, 16).replace("T", " ")}`;
}

/** "2024-03-05" */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** 93784 s → "1 d 2 h". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  return `${m} min`;
}

/** Fixed precision for SVG coordinates: small files, same bytes every run. */
export function px(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}
