// Looks up a message in the chosen language and fills its {placeholders}.
import { am } from "./catalogues/am.js";
import { en, type MessageKey, type Messages } from "./catalogues/en.js";
import { sw } from "./catalogues/sw.js";
import { ti } from "./catalogues/ti.js";
import { LOCALE, type Lang } from "./lang.js";

export const CATALOGUES: Record<Lang, Messages> = { en, am, sw, ti };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const messages = CATALOGUES[lang];
  return (key, values = {}) => messages[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

/** An amount in the language's conventions (grouping and decimal marks), two decimals. */
export function formatAmount(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A calendar day ("YYYY-MM-DD") in the language's conventions, in UTC. */
export function formatDate(lang: Lang, isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}
