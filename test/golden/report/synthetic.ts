// A large hand-made ReportData (n traced transfers over many families, collectors, brokers,
// a few leaders and agents, with loops), for the aggregation and size tests.
import type { ReportAccount, ReportData, ReportTransfer } from "../../../src/report/model.js";
import { fixtureData } from "./fixture.js";

export function syntheticData(n: number): ReportData {
  const base = fixtureData();
  const F = Math.max(3, Math.floor(n / 20)), C = Math.max(4, Math.floor(n / 200)), B = Math.max(3, Math.floor(n / 1000));
  const payer = (i: number) => `wallet:+3161${String(i).padStart(7, "0")}`;
  const coll = (i: number) => `wallet:+2547${String(i % C).padStart(8, "0")}`;
  const brok = (i: number) => `wallet:+2519${String(i % B).padStart(8, "0")}`;
  const lead = (i: number) => `bank:ENBD/${1000 + (i % 3)}`;
  const agent = (i: number) => `agent:${i % 5}`;
  const transfers: ReportTransfer[] = [];
  const t0 = Date.parse("2024-03-01T00:00:00Z");
  for (let i = 0; i < n; i++) {
    const v = 100 + ((i * 7919) % 4900);
    let from: string, to: string, hop: number;
    if (i < F) { from = payer(i); to = coll(i); hop = 0; }
    else if (i % 4 === 0) { from = coll(i); to = brok(i); hop = 1; }
    else if (i % 4 === 1) { from = coll(i); to = agent(i); hop = 1; }
    else if (i % 4 === 2) { from = brok(i); to = lead(i); hop = 2 + (i % 3); }
    else { from = brok(i); to = coll(i + 1); hop = 2; }
    transfers.push({
      txId: `TX${i}`, ts: new Date(t0 + i * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z"), from, to, amount: v, currency: "USD",
      valueOut: v, valueIn: v, tainted: v, taintedIn: v, hop, beyondHorizon: 0, belowThreshold: 0, fees: 0,
      channel: "mobile_money", reference: `ref ${i}`, sourceFile: "t.csv", sourceRow: i + 1, isSeed: hop === 0,
    });
  }
  const acc = new Map<string, ReportAccount>();
  const get = (id: string) => {
    let a = acc.get(id);
    if (!a) {
      const role = id.startsWith("wallet:+3161") ? "relative" : id.startsWith("wallet:+2547") ? "collector" : id.startsWith("wallet:+2519") ? "broker" : id.startsWith("bank:") ? "leader" : "cash-out";
      a = { id, holder: null, kind: id.startsWith("agent:") ? "service" : "mobile_money", institution: null, country: null, role, roleReason: "synthetic",
        taintedIn: 0, taintedOut: 0, retained: 0, exited: 0, unexplainedOut: 0, firstHop: null, firstSeen: null, lastSeen: null };
      acc.set(id, a);
    }
    return a;
  };
  for (const t of transfers) {
    get(t.from).taintedOut += t.tainted;
    const r = get(t.to);
    r.taintedIn += t.tainted;
    r.firstHop = r.firstHop === null ? t.hop : Math.min(r.firstHop, t.hop);
  }
  const seeded = transfers.filter((t) => t.isSeed).reduce((s, t) => s + t.tainted, 0);
  return {
    ...base,
    run: { ...base.run, id: `run-synthetic-${n}`, seeds: transfers.filter((t) => t.isSeed).map((t) => t.txId), totals: { ...base.run.totals, seeded } },
    accounts: [...acc.values()],
    transfers,
    ledger: [],
    ledgerLinks: [],
    trajectories: [],
    trajectoryCount: 0,
    trajectoriesComplete: false,
    methods: [],
  };
}
