// The message catalogues (src/i18n/catalogues): every key in every language, the same
// {placeholders} as English, no empty text; the Ethiopian calendar against known dates; numbers
// and dates in each language's conventions.
import { describe, expect, it } from "vitest";
import { CATALOGUES, formatAmount, formatDate, translator } from "../src/i18n/messages.js";
import { LANGS, parseLang } from "../src/i18n/lang.js";
import { ethiopianDateText, toEthiopian } from "../src/i18n/ethiopianCalendar.js";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  const en = CATALOGUES.en;
  for (const lang of LANGS) {
    it(`${lang} has every English key, with the same placeholders, and no empty text`, () => {
      const c = CATALOGUES[lang];
      expect(Object.keys(c).sort()).toEqual(Object.keys(en).sort());
      for (const [k, v] of Object.entries(c)) {
        expect(v.trim(), k).not.toBe("");
        expect(placeholders(v), k).toEqual(placeholders(en[k as keyof typeof en]));
      }
    });
  }
  it("translator fills placeholders and leaves unknown ones visible", () => {
    expect(translator("en")("sheet.case", { scenario: "sold-on", seed: 7, level: "intermediate" })).toBe("Case sold-on, seed 7 (intermediate)");
    expect(translator("en")("sheet.problems")).toBe("Answers to correct before saving: {n}");
  });
  it("parseLang accepts the four languages and rejects others with a usage error", () => {
    expect(parseLang("AM")).toBe("am");
    expect(() => parseLang("fr")).toThrow(/unknown language: fr/);
  });
});

describe("toEthiopian(isoDate)", () => {
  it.each([
    ["2025-09-11", { year: 2018, month: 1, day: 1 }], // Enkutatash (new year)
    ["2023-09-12", { year: 2016, month: 1, day: 1 }], // new year after a Pagume of 6 days
    ["2023-09-11", { year: 2015, month: 13, day: 6 }], // Pagume 6
    ["2025-01-07", { year: 2017, month: 4, day: 29 }], // Genna (Christmas), Tahsas 29
    ["2024-01-07", { year: 2016, month: 4, day: 28 }], // Genna in the year after Pagume 6
    ["2025-01-19", { year: 2017, month: 5, day: 11 }], // Timket (Epiphany), Tir 11
  ])("%s", (iso, want) => expect(toEthiopian(iso)).toEqual(want));
  it("writes month names in Amharic and Tigrinya", () => {
    expect(ethiopianDateText("2025-02-03", "am")).toBe("26 ጥር 2017 ዓ.ም.");
    expect(ethiopianDateText("2025-02-03", "ti")).toBe("26 ጥሪ 2017 ዓ.ም.");
  });
});

describe("formatAmount and formatDate", () => {
  it("use each language's conventions", () => {
    expect(formatAmount("en", 1234567.5)).toBe("1,234,567.50");
    expect(formatAmount("sw", 1234567.5)).toBe("1,234,567.50");
    expect(formatDate("en", "2025-02-03")).toBe("3 February 2025");
    expect(formatDate("sw", "2025-02-03")).toBe("3 Februari 2025");
    expect(formatDate("am", "2025-02-03")).toContain("2025");
  });
});
