import { describe, expect, it } from "vitest";
import { nameSimilarity } from "../src/entities/nameSimilarity.js";
import { maskedMatches, phoneVariants, toE164 } from "../src/statements/phone.js";

describe("nameSimilarity(a, b)", () => {
  it("treats Habesha spelling variants as the same name", () => {
    expect(nameSimilarity("Tesfay Gebremedhin", "Tesfaye Ghebremedhin")).toBeGreaterThan(0.9);
    expect(nameSimilarity("Tesfai Ghebremedhin", "TESFAY GEBREMEDHIN")).toBeGreaterThan(0.9);
    expect(nameSimilarity("Tesfay G/Medhin", "Tesfay Gebre Medhin")).toBeGreaterThan(0.9);
  });
  it("matches given + father against given + father + grandfather, but not other people", () => {
    expect(nameSimilarity("Tesfay Gebremedhin", "Tesfaye Gebremedhin Kidane")).toBeGreaterThan(0.85);
    expect(nameSimilarity("Tesfay Gebremedhin", "Gebremedhin Tesfay")).toBeLessThan(0.9);
    expect(nameSimilarity("Tesfay Gebremedhin", "Yonas Haile")).toBeLessThan(0.6);
    expect(nameSimilarity("Tesfay", "Tesfay Haile")).toBeLessThanOrEqual(0.6);
  });
  it("knows Arabic transliterations and aliases", () => {
    expect(nameSimilarity("Mohammed Abdelrahman", "Muhammad Abdul Rahman")).toBeGreaterThan(0.9);
    expect(nameSimilarity("Yousef Ibrahim", "Yosef Abraham")).toBeGreaterThan(0.9);
    expect(nameSimilarity("Ahmed Ali", "Ahmad Ali")).toBeGreaterThan(0.9);
  });
  it("joins compound names (Haile Mariam, Abdel Rahman) but not Haile as a given name", async () => {
    const { nameTokens } = await import("../src/entities/nameTokens.js");
    expect(nameTokens("Haile Samuel Haile")).toEqual(["haile", "samuel", "haile"]);
    expect(nameTokens("Dawit Haile Mariam")).toEqual(["dawit", "hailemariam"]);
    expect(nameTokens("Abu Omar")).toEqual(["abuomar"]);
    expect(nameSimilarity("Dawit Haile Mariam", "Dawit Hailemariam")).toBeGreaterThan(0.95);
  });
  it("is 0 for missing names and keeps Ge'ez script exact", () => {
    expect(nameSimilarity("", "Tesfay")).toBe(0);
    expect(nameSimilarity("ተስፋይ ገብረመድህን", "ተስፋይ ገብረመድህን")).toBe(1);
  });
});

describe("phones", () => {
  it("toE164 reads the local ways of writing one number", () => {
    for (const v of ["0911234567", "911234567", "+251911234567", "251911234567", "+251 91 123 4567", "00251911234567"]) {
      expect(toE164(v, "ET"), v).toBe("+251911234567");
    }
    expect(toE164("07******212", "KE")).toBeUndefined();
    expect(toE164("Tesfay", "ET")).toBeUndefined();
  });
  it("maskedMatches compares a masked number without guessing it", () => {
    expect(maskedMatches("masked:07******212", "+254712345212")).toBe(true);
    expect(maskedMatches("07******212", "+254712345213")).toBe(false);
  });
  it("phoneVariants lists national and international forms", () => {
    const v = phoneVariants("+251911234567");
    for (const f of ["+251911234567", "251911234567", "0911234567", "911234567"]) expect(v).toContain(f);
  });
});
