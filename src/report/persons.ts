// Payers and victims as persons, not as spellings or accounts. A payer is one person however
// many accounts he paid from: accounts joined by `flowtrace entities`, accounts whose matched
// statements give the same phone number, and accounts held under the same full name are one
// payer. A victim is one person however his family spells him: the names that the relatives'
// statements give (statement_records.victim) are grouped when they are alike as Habesha names
// (src/entities/nameSimilarity.ts: transliteration, truncated patronymics). A payment with no
// statement naming its victim is the victim's of its payer's other payments when those name
// exactly one; otherwise its payer's family stands for one victim not named in the records.
import { nameSimilarity } from "../entities/nameSimilarity.js";
import type { PersonsData, ReportTransfer } from "./model.js";

/** Two victim spellings at least this alike are one person (docs/report.md). */
export const VICTIM_NAME_SIMILARITY = 0.85;

export interface SeedPayerRow {
  txId: string;
  payer: string;
  holder: string | null;
  entityId: string | null;
  victim: string | null;
  phones: string[];
}

export function resolvePersons(rows: readonly SeedPayerRow[], transfers: readonly ReportTransfer[]): PersonsData {
  const value = new Map(transfers.filter((t) => t.isSeed).map((t) => [t.txId, t.valueOut]));
  // Payers: union-find over accounts.
  const parent = new Map<string, string>();
  const find = (a: string): string => {
    let p = parent.get(a) ?? a;
    if (p !== a) parent.set(a, (p = find(p)));
    return p;
  };
  const union = (a: string, b: string) => {
    const x = find(a), y = find(b);
    if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
  };
  const byKey = new Map<string, string>();
  const join = (key: string, account: string) => {
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, account);
    else union(first, account);
  };
  for (const r of rows) {
    find(r.payer);
    if (r.entityId) join(`entity:${r.entityId}`, r.payer);
    for (const p of r.phones) {
      const digits = p.replace(/\D/g, "");
      // The subscriber number (last 9 digits) is what every way of writing it shares.
      if (digits.length >= 9) join(`phone:${digits.slice(-9)}`, r.payer);
    }
    const name = normName(r.holder);
    if (name && name.split(" ").length >= 3) join(`name:${name}`, r.payer);
  }
  const holders = new Map(rows.map((r) => [r.payer, r.holder]));
  const payerGroups = new Map<string, { accounts: Set<string>; seeds: string[]; amount: number }>();
  for (const r of rows) {
    const k = find(r.payer);
    const g = payerGroups.get(k) ?? { accounts: new Set<string>(), seeds: [], amount: 0 };
    g.accounts.add(r.payer);
    g.seeds.push(r.txId);
    g.amount += value.get(r.txId) ?? 0;
    payerGroups.set(k, g);
  }

  // Victims: group the spellings.
  const spellings = [...new Set(rows.map((r) => r.victim?.trim()).filter((v): v is string => Boolean(v)))].sort();
  const vParent = spellings.map((_, i) => i);
  const vFind = (i: number): number => (vParent[i] === i ? i : (vParent[i] = vFind(vParent[i]!)));
  for (let i = 0; i < spellings.length; i++) {
    for (let j = i + 1; j < spellings.length; j++) {
      if (nameSimilarity(spellings[i], spellings[j]) >= VICTIM_NAME_SIMILARITY) {
        const a = vFind(i), b = vFind(j);
        if (a !== b) vParent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const spellingIndex = new Map(spellings.map((s, i) => [s, i]));
  const victimOfSeed = new Map<string, string>();
  for (const r of rows) {
    const s = r.victim?.trim();
    if (s) victimOfSeed.set(r.txId, `victim:${vFind(spellingIndex.get(s)!)}`);
  }
  // A payment no statement names: its payer's victim when his named payments agree on one.
  const namedByPayer = new Map<string, Set<string>>();
  for (const r of rows) {
    const v = victimOfSeed.get(r.txId);
    if (v) namedByPayer.set(find(r.payer), (namedByPayer.get(find(r.payer)) ?? new Set()).add(v));
  }
  const inferredSeeds = new Set<string>();
  for (const r of rows) {
    if (victimOfSeed.has(r.txId)) continue;
    const named = namedByPayer.get(find(r.payer));
    if (named && named.size === 1) {
      victimOfSeed.set(r.txId, [...named][0]!);
      inferredSeeds.add(r.txId);
    } else {
      // Keyed by the payer's (first) account, as a family without a named victim always was.
      victimOfSeed.set(r.txId, find(r.payer));
    }
  }
  const victims = new Map<string, { key: string; spellings: Map<string, number>; seeds: string[]; payers: Set<string>; amount: number; named: boolean }>();
  for (const r of rows) {
    const key = victimOfSeed.get(r.txId)!;
    const v = victims.get(key) ?? { key, spellings: new Map<string, number>(), seeds: [], payers: new Set<string>(), amount: 0, named: key.startsWith("victim:") };
    const s = r.victim?.trim();
    if (s) v.spellings.set(s, (v.spellings.get(s) ?? 0) + 1);
    v.seeds.push(r.txId);
    v.payers.add(find(r.payer));
    v.amount += value.get(r.txId) ?? 0;
    victims.set(key, v);
  }
  const payerName = (k: string) => {
    const g = payerGroups.get(k)!;
    const names = [...g.accounts].map((a) => holders.get(a)?.trim()).filter((n): n is string => Boolean(n)).sort();
    return names[0] ?? [...g.accounts].sort()[0]!;
  };
  const order = <T extends { amount: number; key: string }>(a: T, b: T) => b.amount - a.amount || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const payers = [...payerGroups].map(([key, g]) => ({
    key: `payer:${key}`, name: payerName(key), accounts: [...g.accounts].sort(), seeds: [...g.seeds].sort(), amount: round(g.amount),
  })).sort(order);
  const victimList = [...victims.values()].map((v) => {
    // The spelling used most often, then the longest (the fullest name), then the first.
    const written = [...v.spellings].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
    const payerNames = [...v.payers].map(payerName).sort();
    return {
      key: v.key.startsWith("victim:") ? `victim:${written[0]}` : v.key,
      name: written[0] ?? null,
      spellings: [...written].sort(),
      payers: payerNames,
      seeds: [...v.seeds].sort(),
      inferredSeeds: v.seeds.filter((s) => inferredSeeds.has(s)).sort(),
      amount: round(v.amount),
    };
  }).sort(order);
  const keyOf = new Map<string, string>();
  for (const v of victimList) for (const s of v.seeds) keyOf.set(s, v.key);
  return {
    payers,
    victims: victimList,
    familyOfSeed: Object.fromEntries([...keyOf].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
  };
}

function normName(name: string | null | undefined): string {
  return (name ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
