// The people of the crime: leaders (accounts in Dubai), brokers, collectors holding several
// wallets, hawala brokers on both sides of a corridor, front businesses and cash points. Every
// account is registered in the context with its role and the person who holds it.
import type { Ctx } from "./ctx.js";
import { iban } from "./iban.js";
import type { Account } from "./model.js";
import { arabicName, habeshaName, nickname, type Name } from "./names.js";
import { phoneNumber, type Country } from "./phones.js";
import { CURRENCY, WALLET_PROVIDER } from "./population.js";
import type { Scenario } from "./scenarios.js";

export interface Person {
  id: string;
  name: Name;
  alias: string;
  /** Account ids, first is the main one. */
  accounts: string[];
}

export interface Group {
  id: string;
  countries: Country[];
  leader: Person;
  brokers: Person[];
  collectors: Person[];
}

export interface Cast {
  leaders: Person[];
  groups: Group[];
  fronts: Account[];
  /** Hawala brokers: name and country; their client accounts are made on demand. */
  hawala: { name: string; country: Country }[];
  cashPoints: Account[];
}

const LOCAL_BANK: Partial<Record<Country, string>> = { KE: "Equity Bank Kenya", UG: "Stanbic Bank Uganda", ET: "Commercial Bank of Ethiopia", SD: "Omdurman National Bank" };
const FRONTS = [
  { name: "Al Noor Used Cars LLC", country: "AE" }, { name: "Red Sea Travel & Tours", country: "UG" },
  { name: "Desert Line Transport LLC", country: "AE" }, { name: "Asmara Star General Trading", country: "AE" },
] as const;
export const HAWALA = [
  { name: "Haji Ahmed Exchange (Frankfurt)", country: "DE" }, { name: "Selam Money Service (Stockholm)", country: "SE" },
  { name: "Al Amin Hawala (Khartoum)", country: "SD" }, { name: "Kisenyi Forex Bureau (Kampala)", country: "UG" },
  { name: "Merkato Trading (Addis Ababa)", country: "ET" }, { name: "Eastleigh Money Centre (Nairobi)", country: "KE" },
  { name: "Deira Hawala (Dubai)", country: "AE" },
] as const;

export function register(ctx: Ctx, a: Account): Account {
  if (!ctx.accounts.has(a.id)) ctx.accounts.set(a.id, a);
  return ctx.accounts.get(a.id)!;
}

export function makeCast(ctx: Ctx, s: Scenario): Cast {
  const rng = ctx.rng.fork("cast");
  const phoneIdx = new Map<Country, number>();
  const nextPhone = (c: Country) => {
    const i = phoneIdx.get(c) ?? 0;
    phoneIdx.set(c, i + 1);
    return phoneNumber(c, 100 + ctx.phoneOffset + i);
  };
  let bankIdx = 0;
  const wallet = (c: Country, p: Person, role: Account["role"]) => {
    const phone = nextPhone(c);
    const opening = BigInt(Math.round(rng.lognormal(60, 0.6) * 100)) * BigInt(Math.round(unitsPerUsd(c)));
    p.accounts.push(register(ctx, {
      id: `wallet:${phone}`, kind: "mobile_money", holder: rng.chance(0.3) ? p.alias : p.name.full, institution: WALLET_PROVIDER[c]!,
      country: c, currency: CURRENCY[c], opening, role, person: p.id, phone,
    }).id);
  };
  const bank = (c: Country, p: Person, role: Account["role"], holder = p.name.full) => {
    const n = 900_000 + bankIdx++ * 7_331;
    const id = c === "AE" ? `iban:${iban("AE", n)}` : `bank:${LOCAL_BANK[c]}/01${String(n).padStart(9, "0")}`;
    p.accounts.push(register(ctx, {
      id, kind: "bank", holder, institution: c === "AE" ? "Gulf Crescent Bank" : LOCAL_BANK[c]!, country: c, currency: CURRENCY[c],
      opening: BigInt(Math.round(rng.lognormal(2000, 0.5) * unitsPerUsd(c))) * 100n, role, person: p.id,
    }).id);
  };
  const person = (id: string, arabic: boolean): Person => {
    const name = arabic ? arabicName(rng) : habeshaName(rng, false, 0.2);
    return { id, name, alias: `${nickname(rng)}`, accounts: [] };
  };

  const leaders: Person[] = [];
  for (let l = 0; l < s.leaders; l++) {
    const p = person(`leader-${l + 1}`, l % 2 === 1);
    bank("AE", p, "leader");
    leaders.push(p);
  }
  const groups: Group[] = [];
  let collectorNo = 0;
  for (let g = 0; g < s.groups; g++) {
    const main = s.countries[g % s.countries.length]!;
    const countries = s.countries.length > 1 ? [main, s.countries[(g + 1) % s.countries.length]!] : [main];
    const group: Group = { id: `G${g + 1}`, countries, leader: leaders[g % leaders.length]!, brokers: [], collectors: [] };
    for (let b = 0; b < s.brokersPerGroup; b++) {
      const p = person(`broker-${g + 1}-${b + 1}`, rng.chance(0.5));
      for (const c of countries) wallet(c, p, "broker");
      for (const c of countries) if (c === "KE" || c === "UG") bank(c, p, "broker");
      group.brokers.push(p);
    }
    for (let k = 0; k < s.collectorsPerGroup; k++) {
      const p = person(`collector-${++collectorNo}`, false);
      const n = rng.int(s.wallets[0], s.wallets[1]);
      for (let w = 0; w < n; w++) wallet(w === 0 ? main : rng.pick(countries), p, "collector");
      group.collectors.push(p);
    }
    groups.push(group);
  }
  const fronts = FRONTS.slice(0, s.frontBusinesses).map((f, i) => {
    const p: Person = { id: `front-${i + 1}`, name: { full: f.name, parts: [f.name] }, alias: f.name, accounts: [] };
    bank(f.country, p, "front_business", f.name);
    return ctx.accounts.get(p.accounts[0]!)!;
  });
  const cashPoints = (["KE", "UG", "AE"] as const).map((c) => register(ctx, {
    id: `cash:${c === "KE" ? "Nairobi Eastleigh branch counter" : c === "UG" ? "Kampala Kikuubo branch counter" : "Dubai Deira exchange counter"}`,
    kind: "cash", holder: "cash withdrawal", institution: c === "AE" ? "Gulf Crescent Bank" : LOCAL_BANK[c]!, country: c,
    currency: CURRENCY[c], opening: 0n, role: "cash_out", person: `cash-${c}`,
  }));
  return { leaders, groups, fronts, hawala: HAWALA.map((h) => ({ name: h.name, country: h.country })), cashPoints };
}

/** A hawala broker's account for one client (the ledger's "client" column). */
export function hawalaAccount(ctx: Ctx, broker: { name: string; country: Country }, client: string, role: Account["role"] = "hawala_broker"): string {
  return register(ctx, {
    id: `hawala:${broker.name}/${client}`, kind: "hawala", holder: client, institution: broker.name, country: broker.country,
    currency: CURRENCY[broker.country], opening: 0n, role, person: `hawala:${broker.name}`,
  }).id;
}

export function unitsPerUsd(c: Country): number {
  return { KE: 129, ET: 127, SD: 1900, UG: 3680, AE: 3.67, NL: 0.92, SE: 10.4, DE: 0.92, GB: 0.79, US: 1, IL: 1, ER: 15, LY: 5.45 }[c];
}

export { LOCAL_BANK };
