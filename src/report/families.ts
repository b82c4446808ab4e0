// The paying families: the senders of the seed transfers (ransom payments), and for each the
// transfers that carried its money onward, so the report can highlight one family's money.
import { accountLabel } from "./label.js";
import type { ReportData } from "./model.js";

export interface Family {
  key: string;
  label: string;
  payers: string[];
  seeds: string[];
  amount: number;
  firstTs: string;
}

/** Families whose money can be highlighted (the largest; the rest stay in the tables). */
export const FAMILY_HIGHLIGHTS = 60;

export function families(data: ReportData): Family[] {
  const accounts = new Map(data.accounts.map((a) => [a.id, a]));
  // A family is a victim's as a person (persons.ts: every spelling of his name is one
  // victim); where no statement names him, his payer's payments.
  const victims = new Map(data.persons.victims.map((v) => [v.key, v]));
  const byKey = new Map<string, Family>();
  for (const t of data.transfers) {
    if (!t.isSeed) continue;
    const key = data.persons.familyOfSeed[t.txId] ?? t.from;
    const v = victims.get(key);
    let f = byKey.get(key);
    if (!f) {
      const label = v?.name ? `family of ${v.name}` : v && v.payers.length ? `payer ${v.payers.join(", ")}` : accountLabel(t.from, accounts.get(t.from), 28);
      f = { key, label, payers: [], seeds: [], amount: 0, firstTs: t.ts };
      byKey.set(key, f);
    }
    if (!f.payers.includes(t.from)) f.payers.push(t.from);
    f.seeds.push(t.txId);
    f.amount += t.taintedIn;
    if (t.ts < f.firstTs) f.firstTs = t.ts;
  }
  return [...byKey.values()].sort((a, b) => b.amount - a.amount || (a.key < b.key ? -1 : 1));
}

/**
 * The transfers that carried each family's money. Exact from the trajectories when the run
 * stored all of them, or from the allocation ledger when every tainted part names its inflow
 * (fifo, lifo); otherwise time-respecting reachability from the family's payments (an upper
 * bound, like `poison`). `exact` says which.
 */
export function familyTransfers(data: ReportData, fams: readonly Family[]): { exact: boolean; txs: Map<string, Set<string>> } {
  const txs = new Map<string, Set<string>>();
  const exact = data.trajectories.length > 0 && data.trajectoriesComplete;
  if (exact) {
    const familyOfSeed = new Map<string, string>();
    for (const f of fams) for (const s of f.seeds) familyOfSeed.set(s, f.key);
    for (const tr of data.trajectories) {
      const key = familyOfSeed.get(tr.seedTx);
      if (key === undefined) continue;
      const set = txs.get(key) ?? new Set<string>();
      set.add(tr.seedTx);
      for (const tx of tr.txPath) set.add(tx);
      txs.set(key, set);
    }
    return { exact, txs };
  }
  if (data.ledgerLinks.length > 0) return { exact: true, txs: byLedger(data, fams) };
  // Accounts and times as numbers once, so that 60 families × 100,000 transfers stays fast.
  const ordered = data.transfers.filter((t) => t.tainted > 0).sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0));
  const ids = new Map<string, number>();
  const id = (a: string) => {
    let i = ids.get(a);
    if (i === undefined) ids.set(a, (i = ids.size));
    return i;
  };
  const from = Int32Array.from(ordered, (t) => id(t.from));
  const to = Int32Array.from(ordered, (t) => id(t.to));
  const ts = Float64Array.from(ordered, (t) => Date.parse(t.ts));
  const familyOfSeed = new Map<string, number>();
  fams.forEach((f, k) => f.seeds.forEach((tx) => familyOfSeed.set(tx, k)));
  const seedOf = Int32Array.from(ordered, (t) => familyOfSeed.get(t.txId) ?? -1);
  const reached = new Float64Array(ids.size);
  for (const [k, f] of fams.entries()) {
    reached.fill(Infinity);
    const set = new Set<string>();
    for (let i = 0; i < ordered.length; i++) {
      if (reached[from[i]!]! > ts[i]! && seedOf[i] !== k) continue;
      set.add(ordered[i]!.txId);
      if (ts[i]! < reached[to[i]!]!) reached[to[i]!] = ts[i]!;
    }
    txs.set(f.key, set);
  }
  return { exact, txs };
}

/** Each family's share of every transfer, propagated through the ledger in time order. */
function byLedger(data: ReportData, fams: readonly Family[]): Map<string, Set<string>> {
  const inflows = new Map<string, { inTx: string; tainted: number }[]>();
  for (const l of data.ledgerLinks) {
    const list = inflows.get(l.outTx) ?? [];
    list.push(l);
    inflows.set(l.outTx, list);
  }
  const familyOfSeed = new Map<string, string>();
  for (const f of fams) for (const s of f.seeds) familyOfSeed.set(s, f.key);
  const share = new Map<string, Map<string, number>>();
  const txs = new Map<string, Set<string>>(fams.map((f) => [f.key, new Set<string>()]));
  for (const t of data.transfers) {
    let vec: Map<string, number> | undefined;
    if (t.isSeed) {
      const f = familyOfSeed.get(t.txId);
      // Families not highlighted still count in every mix, under one key.
      vec = new Map([[f ?? "\u0000other", t.tainted]]);
    } else {
      vec = new Map();
      for (const l of inflows.get(t.txId) ?? []) {
        const src = share.get(l.inTx);
        if (!src) continue;
        let total = 0;
        for (const v of src.values()) total += v;
        if (total <= 0) continue;
        for (const [f, v] of src) vec.set(f, (vec.get(f) ?? 0) + (l.tainted * v) / total);
      }
    }
    share.set(t.txId, vec);
    for (const [f, v] of vec) if (v >= Math.max(0.01, 0.001 * t.tainted)) txs.get(f)?.add(t.txId);
  }
  return txs;
}
