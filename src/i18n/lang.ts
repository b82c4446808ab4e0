// The languages flowtrace writes for people (report, exercises, answer sheet, trainers' guide):
// English, Amharic, Swahili and Tigrinya. One message catalogue per language (catalogues/),
// every key present in each, checked by the type checker and by test/i18n.test.ts.
import { inputError } from "../errors.js";

export const LANGS = ["en", "am", "sw", "ti"] as const;
export type Lang = (typeof LANGS)[number];

/** The locale used for numbers and dates (Intl, with Node's and the browser's full ICU). */
export const LOCALE: Record<Lang, string> = { en: "en-GB", am: "am-ET", sw: "sw-KE", ti: "ti-ER" };

/** Languages written in Ethiopic script: their pages embed the Ethiopic font subset. */
export const ETHIOPIC: ReadonlySet<Lang> = new Set<Lang>(["am", "ti"]);

export function parseLang(value: string | undefined): Lang {
  const v = (value ?? "en").toLowerCase();
  if ((LANGS as readonly string[]).includes(v)) return v as Lang;
  throw inputError("bad_lang", `unknown language: ${value} (one of ${LANGS.join(", ")})`, { value });
}
