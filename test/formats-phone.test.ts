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
