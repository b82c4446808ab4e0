// Hand-made ReportData for the renderer's tests: three families (one named in Ge'ez, one whose
// name is a script tag), two collectors (one holder name breaks out of an attribute), a
// broker, a leader in the UAE, a cash-out agent and a loop back to a collector.
import type { ReportAccount, ReportData, ReportTransfer } from "../../../src/report/model.js";

export const XSS = {
  script: "<script>window.__xss=1</script>",
  attr: '"><img src=x onerror="window.__xss=2">',
  svg: "</svg><svg onload=window.__xss=3>",
  ref: "ransom <b>bold</b> onerror=window.__xss=4 =HYPERLINK(\"x\")",
};

const acc = (id: string, holder: string | null, kind: string, role: ReportAccount["role"], extra: Partial<ReportAccount> = {}): ReportAccount => ({
  id, holder, kind, institution: null, country: null, role, roleReason: "fixture",
  taintedIn: 0, taintedOut: 0, retained: 0, exited: 0, unexplainedOut: 0, firstHop: null, firstSeen: null, lastSeen: null, ...extra,
});

let seq = 0;
const tx = (id: string, ts: string, from: string, to: string, v: number, hop: number, extra: Partial<ReportTransfer> = {}): ReportTransfer => ({
  txId: id, ts, from, to, amount: v, currency: "USD", valueOut: v, valueIn: v, tainted: v, taintedIn: v, hop,
  beyondHorizon: 0, belowThreshold: 0, fees: 0, channel: "mobile_money", reference: null, sourceFile: "transfers.csv", sourceRow: ++seq, isSeed: hop === 0, ...extra,
});

export function fixtureData(): ReportData {
  seq = 0;
  const accounts: ReportAccount[] = [
    acc("wallet:+31612345678", "ኣማኑኤል ተስፋይ", "mobile_money", "relative", { country: "NL", taintedOut: 3000 }),
    acc("wallet:+46701234567", XSS.script, "mobile_money", "relative", { country: "SE", taintedOut: 2500 }),
    acc("iban:DE89370400440532013000", "Tesfaye Gebremedhin", "bank", "relative", { country: "DE", institution: "Commerzbank", taintedOut: 4600 }),
    acc("wallet:+254712345678", XSS.attr, "mobile_money", "collector", { institution: "Safaricom M-Pesa", country: "KE", taintedIn: 6900, taintedOut: 5300, retained: 1600, firstHop: 0 }),
    acc("wallet:+254722000111", XSS.attr, "mobile_money", "collector", { institution: "Safaricom M-Pesa", country: "KE", taintedIn: 4600, taintedOut: 4600, firstHop: 0 }),
    acc("wallet:+251911000222", "Kidane (ኪዳነ)", "mobile_money", "broker", { institution: "telebirr", country: "ET", taintedIn: 8000, taintedOut: 7400, retained: 600, firstHop: 1 }),
    acc("bank:ENBD/1012345678", "Walid " + XSS.svg, "bank", "leader", { institution: "Emirates NBD", country: "AE", taintedIn: 6000, retained: 6000, firstHop: 2 }),
    acc("agent:Eastleigh-042", null, "service", "cash-out", { country: "KE", taintedIn: 1900, exited: 1900, firstHop: 1 }),
  ];
  const transfers: ReportTransfer[] = [
    tx("T1", "2024-03-05T08:30:00Z", "wallet:+31612345678", "wallet:+254712345678", 3000, 0, { reference: XSS.ref }),
    tx("T2", "2024-03-05T11:00:00Z", "wallet:+46701234567", "wallet:+254712345678", 2500, 0, { reference: XSS.script }),
    tx("T3", "2024-03-06T09:15:00Z", "iban:DE89370400440532013000", "wallet:+254722000111", 4600, 0, { currency: "EUR", amount: 4250, channel: "bank" }),
    tx("T4", "2024-03-06T07:00:00Z", "wallet:+254712345678", "wallet:+251911000222", 4000, 1),
    tx("T5", "2024-03-06T07:30:00Z", "wallet:+254712345678", "agent:Eastleigh-042", 1300, 1),
    tx("T6", "2024-03-07T10:00:00Z", "wallet:+254722000111", "wallet:+251911000222", 4000, 1),
    tx("T7", "2024-03-07T12:00:00Z", "wallet:+254722000111", "agent:Eastleigh-042", 600, 1),
    tx("T8", "2024-03-08T09:00:00Z", "wallet:+251911000222", "bank:ENBD/1012345678", 6000, 2, { channel: "mto" }),
    tx("T9", "2024-03-08T15:00:00Z", "wallet:+251911000222", "wallet:+254712345678", 1400, 2),
  ];
  return {
    title: "Flowtrace report — fixture case",
    generatedAt: "2026-01-01T00:00:00Z",
    toolVersion: "0.1.0",
    currency: "USD",
    caseFile: "fixture.duckdb",
    run: {
      id: "run-fixture-fifo", method: "fifo", direction: "forward",
      options: { max_hops: 5, min_amount: 0, opening_balance: "zero" }, seeds: ["T1", "T2", "T3"],
      startedAt: "2025-12-31T23:00:00Z", finishedAt: "2025-12-31T23:00:01Z", toolVersion: "0.1.0",
      totals: { seeded: 10100, retained: 8200, exited: 1900, beyondHorizon: 0, belowThreshold: 0, fees: 0, unexplainedOut: 0 },
    },
    // The broker and the leader are detection's (flowtrace detect) in this hand-made case.
    rolesSource: "detection",
    leaders: [{ account: "bank:ENBD/1012345678", firstReached: 6000, fromOtherLeaders: 0 }],
    accounts,
    transfers,
    ledger: [
      { account: "wallet:+251911000222", outTx: "T8", inTx: "T4", origin: "lot", amount: 4000, tainted: 4000, hop: 1 },
      { account: "wallet:+251911000222", outTx: "T8", inTx: "T6", origin: "lot", amount: 2000, tainted: 2000, hop: 1 },
    ],
    ledgerOutflows: 6,
    ledgerLinks: [],
    trajectories: [
      { rank: 1, seedTx: "T3", txPath: ["T3", "T6", "T8"], endAccount: "bank:ENBD/1012345678", endKind: "retained", amount: 2000, durationS: 171900 },
      { rank: 2, seedTx: "T1", txPath: ["T1", "T4", "T8"], endAccount: "bank:ENBD/1012345678", endKind: "retained", amount: 3000, durationS: 261000 },
    ],
    trajectoryCount: 7,
    trajectoriesComplete: false,
    methods: [
      { runId: "run-fixture-fifo", method: "fifo", totals: { seeded: 10100, retained: 8200, exited: 1900, beyondHorizon: 0, belowThreshold: 0, fees: 0, unexplainedOut: 0 }, reached: { "bank:ENBD/1012345678": 6000 } },
      { runId: "run-fixture-haircut", method: "haircut", totals: { seeded: 10100, retained: 8500, exited: 1600, beyondHorizon: 0, belowThreshold: 0, fees: 0, unexplainedOut: 0 }, reached: { "bank:ENBD/1012345678": 5230.77 } },
    ],
    sources: [
      { fileName: "transfers.csv", path: "cases/demo/transfers.csv", sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", sizeBytes: 1234, format: "canonical-transfers", recordKind: "transfers", rowsRead: 12, rowsLoaded: 11, rowsQuarantined: 1, loadedAt: "2025-12-31T22:00:00Z" },
      { fileName: XSS.script + ".csv", path: "cases/demo/" + XSS.attr, sha256: "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", sizeBytes: 99, format: "canonical-accounts", recordKind: "accounts", rowsRead: 8, rowsLoaded: 8, rowsQuarantined: 0, loadedAt: "2025-12-31T22:00:01Z" },
    ],
    quarantine: [{ reason: "bad_amount", rows: 1 }],
    origins: [],
    notes: [],
    persons: {
      payers: [
        { key: "payer:iban:DE89370400440532013000", name: "Tesfaye Gebremedhin", accounts: ["iban:DE89370400440532013000"], seeds: ["T3"], amount: 4600 },
        { key: "payer:wallet:+31612345678", name: "ኣማኑኤል ተስፋይ", accounts: ["wallet:+31612345678"], seeds: ["T1"], amount: 3000 },
        { key: "payer:wallet:+46701234567", name: XSS.script, accounts: ["wallet:+46701234567"], seeds: ["T2"], amount: 2500 },
      ],
      victims: [
        { key: "iban:DE89370400440532013000", name: null, spellings: [], payers: ["Tesfaye Gebremedhin"], seeds: ["T3"], inferredSeeds: [], amount: 4600 },
        { key: "wallet:+31612345678", name: null, spellings: [], payers: ["ኣማኑኤል ተስፋይ"], seeds: ["T1"], inferredSeeds: [], amount: 3000 },
        { key: "wallet:+46701234567", name: null, spellings: [], payers: [XSS.script], seeds: ["T2"], inferredSeeds: [], amount: 2500 },
      ],
      familyOfSeed: { T1: "wallet:+31612345678", T2: "wallet:+46701234567", T3: "iban:DE89370400440532013000" },
    },
    madeBy: "trace",
    confidence: [
      { kind: "statement", links: 3, amount: 8290.48, minConfidence: 0.748, medianConfidence: 0.761 },
      { kind: "bridge", links: 1, amount: 1200, minConfidence: 0.62, medianConfidence: 0.62 },
    ],
    redacted: false,
  };
}
