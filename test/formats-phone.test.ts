import { describe, expect, it } from "vitest";
import { phoneAccount } from "../src/ingest/phone.js";

describe("phoneAccount(raw, country)", () => {
  it("makes 0911…, 911…, 251911… and +251 911 … one wallet", () => {
    for (const raw of ["0911234567", "911234567", "251911234567", "+251 911 234 567", "00251911234567"]) {
      expect(phoneAccount(raw, "ET")).toBe("wallet:+251911234567");
    }
  });
  it("reads a full international number without plus even when the hint is another country", () => {
    expect(phoneAccount("254712345678", "ET")).toBe("wallet:+254712345678");
  });
  it("keeps masked numbers masked, never guessing the hidden digits", () => {
    expect(phoneAccount("07******212", "KE")).toBe("masked:07******212");
    expect(phoneAccount("0712 XXX X12", "KE")).toBe("masked:0712XXXX12");
  });
  it("keeps numbers no country reads as valid as the digits given", () => {
    expect(phoneAccount("12345", "KE")).toBe("wallet:12345");
    expect(phoneAccount("no number", "KE")).toBeNull();
  });
});

describe("phoneAccount property", () => {
  it("every way of writing an Ethiopian or Kenyan mobile number gives the same wallet", async () => {
    const fc = (await import("fast-check")).default;
    const number = fc.oneof(
      fc.record({ cc: fc.constant("251"), country: fc.constant("ET"), lead: fc.constantFrom("91", "92", "93", "94"), rest: fc.stringMatching(/^\d{7}$/) }),
      fc.record({ cc: fc.constant("254"), country: fc.constant("KE"), lead: fc.constantFrom("70", "71", "72", "79"), rest: fc.stringMatching(/^\d{7}$/) }),
    );
    fc.assert(fc.property(number, fc.nat(4), ({ cc, country, lead, rest }, form) => {
      const national = `${lead}${rest}`;
      const written = [`0${national}`, national, `${cc}${national}`, `+${cc} ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`, `00${cc}${national}`][form]!;
      return phoneAccount(written, country) === `wallet:+${cc}${national}`;
    }), { seed: 42, numRuns: 300 });
  });
});
