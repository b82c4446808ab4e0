// Victims and payers as resolved persons (src/report/persons.ts, issue 17): each spelling of a
// victim's name is not a new victim; one relative paying from two accounts is one payer.
import { describe, expect, it } from "vitest";
import { resolvePersons, type SeedPayerRow } from "../src/report/persons.js";
import type { ReportTransfer } from "../src/report/model.js";

const seed = (txId: string, valueOut: number): ReportTransfer => ({
  txId, ts: "2025-03-01T00:00:00Z", from: "x", to: "y", amount: valueOut, currency: "USD", valueOut, valueIn: valueOut - 10,
  tainted: valueOut - 10, taintedIn: valueOut - 10, hop: 0, beyondHorizon: 0, belowThreshold: 0, fees: 0, channel: null,
  reference: null, sourceFile: null, sourceRow: null, isSeed: true,
});
const row = (txId: string, payer: string, holder: string | null, victim: string | null, phones: string[] = [], entityId: string | null = null): SeedPayerRow =>
  ({ txId, payer, holder, victim, phones, entityId });

describe("resolvePersons(rows, transfers)", () => {
  const rows = [
    // One victim, four spellings (transliteration, a dropped grandfather's name, capitals).
    row("S1", "iban:IL04", "Abraham Haile Abraham", "Ghebremedhin Henok Ghebremedhin", ["0525 148 635"]),
    row("S2", "mto:DMX-R300371", "Abraham Haile Abraham", "Gebremedin Enoch Ghebremedhin", ["+972525148635"]),
    row("S3", "wallet:+4915", "Senait Dawit Fitsum", "GHEBREMEDHIN HENOK", ["+4915100000"]),
    // Another victim whose first names are the same: not merged.
    row("S4", "iban:NL08", "Woldemichael Abraham Solomon", "Samuel Henok Semere", ["+31631111598"]),
    row("S5", "mto:DMX-R301007", "Woldemichael Abrham Selomon", "Samuel Henok Semre", ["0631111598"]),
    // A payment no statement names, by a payer whose other payment names his victim.
    row("S6", "iban:NL08", "Woldemichael Abraham Solomon", null),
    // A payer no statement names at all: one victim not named in the records.
    row("S7", "iban:SE95", "Kidane Habtom Semere", null),
    row("S8", "mto:DMX-R302279", "Kidane Habtom Semere", null),
  ];
  const transfers = rows.map((r, i) => seed(r.txId, 1000 * (i + 1)));
  const p = resolvePersons(rows, transfers);

  it("counts a victim once however the families spell him, and lists the spellings", () => {
    expect(p.victims).toHaveLength(3);
    const g = p.victims.find((v) => v.spellings.includes("Gebremedin Enoch Ghebremedhin"))!;
    expect(g.spellings).toEqual(["GHEBREMEDHIN HENOK", "Gebremedin Enoch Ghebremedhin", "Ghebremedhin Henok Ghebremedhin"]);
    expect(g.seeds).toEqual(["S1", "S2", "S3"]);
    const s = p.victims.find((v) => v.name?.startsWith("Samuel"))!;
    expect(s.seeds).toEqual(["S4", "S5", "S6"]);
    expect(s.inferredSeeds).toEqual(["S6"]);
    const unnamed = p.victims.find((v) => v.name === null)!;
    expect(unnamed.seeds).toEqual(["S7", "S8"]);
    expect(p.victims.filter((v) => v.name !== null)).toHaveLength(2);
  });

  it("counts a payer once however many accounts he paid from (phone, full name, entity)", () => {
    // IL04 + DMX-R300371 (same phone, same name), NL08 + DMX-R301007 (same phone), SE95 +
    // DMX-R302279 (same full name), and Senait: 4 payers from 7 accounts.
    expect(p.payers).toHaveLength(4);
    expect(p.payers.find((x) => x.accounts.includes("iban:IL04"))!.accounts).toEqual(["iban:IL04", "mto:DMX-R300371"]);
    expect(p.payers.find((x) => x.accounts.includes("iban:NL08"))!.accounts).toEqual(["iban:NL08", "mto:DMX-R301007"]);
    // Amounts are what the payers sent (value_out).
    expect(p.payers.find((x) => x.accounts.includes("iban:SE95"))!.amount).toBe(7000 + 8000);
  });

  it("joins accounts that flowtrace entities resolved to one person", () => {
    const q = resolvePersons([row("A", "acct:1", "A. Tesfay", null, [], "E1"), row("B", "acct:2", "Tesfay Kidane", null, [], "E1")], [seed("A", 10), seed("B", 20)]);
    expect(q.payers).toHaveLength(1);
    expect(q.victims).toHaveLength(1);
  });
});
