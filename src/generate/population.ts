// The ordinary people and organisations of a generated case, defined by index (a pure function
// of the case seed and the index), so that scale mode never holds them all in memory: wallets
// of families in Kenya, Ethiopia, Uganda and Sudan, diaspora customers of money-transfer
// operators, mobile-money agents, merchants, schools, churches, employers, and a few services.
import type { Currency } from "./fx.js";
import type { Account } from "./model.js";
import { habeshaName, kenyanName, ugandanName, arabicName } from "./names.js";
import { phoneNumber, type Country } from "./phones.js";
import { Rng, hash32 } from "./rng.js";

export const CURRENCY: Record<Country, Currency> = {
  KE: "KES", ET: "ETB", SD: "SDG", UG: "UGX", AE: "AED", NL: "EUR", SE: "SEK", DE: "EUR", GB: "GBP", US: "USD", IL: "USD", ER: "ERN", LY: "LYD",
};
export const WALLET_PROVIDER: Partial<Record<Country, string>> = {
  KE: "Safaricom M-PESA", ET: "Ethio telecom telebirr", UG: "MTN MoMo Uganda", SD: "Sudan mobile wallet",
};
export const OPERATORS = [
  { name: "SwiftSend Remit", code: "SSR" }, { name: "Diaspora Money Express", code: "DMX" }, { name: "NileLink Transfer", code: "NLT" },
] as const;

const HOME_MIX: Country[] = ["KE", "KE", "KE", "KE", "KE", "KE", "KE", "KE", "ET", "ET", "ET", "ET", "ET", "ET", "ET", "UG", "UG", "UG", "SD", "SD"];
const DIASPORA_MIX: Country[] = ["NL", "SE", "DE", "GB", "US", "IL", "NL", "SE", "DE", "US"];
const SHOPS = ["Mama Njeri Shop", "Bole Mini Market", "Eastleigh Electronics", "Kisenyi Traders", "Amani Pharmacy", "Piassa Cafe", "Tuskys Corner", "Merkato Textiles", "Kampala Hardware", "Omdurman Grocers", "Nile Star Supermarket", "Githurai Butchery"];
const SCHOOLS = ["St. Mary's Academy", "Bole Community School", "Eastleigh Girls High School", "Kidane Mehret School", "Hope Primary School", "Nyali Junior Academy"];
const CHURCHES = ["Medhanie Alem Orthodox Church", "Kidist Mariam Church Building Fund", "St. Michael Eritrean Orthodox Church", "Emmanuel Evangelical Church"];
const EMPLOYERS = ["Rift Valley Flowers Ltd", "Addis Logistics PLC", "Nairobi Security Services", "Habesha Construction PLC", "Lake Basin Tea Co"];
const BANKS: Partial<Record<Country, string>> = { KE: "Equity Bank Kenya", ET: "Commercial Bank of Ethiopia", UG: "Stanbic Bank Uganda", SD: "Omdurman National Bank" };

export interface Population {
  wallets: number;
  diaspora: number;
  agents: number;
  merchants: number;
  schools: number;
  churches: number;
  employers: number;
  wallet(i: number): Account;
  walletCountry(i: number): Country;
  diasporaCustomer(j: number): Account;
  /** The wallet of the family a diaspora customer sends home to. */
  homeOf(j: number): number;
  agent(k: number): Account;
  merchant(k: number): Account;
  school(k: number): Account;
  church(k: number): Account;
  employer(k: number): Account;
  services: Account[];
  /** Every account, in a fixed order (for accounts.csv). */
  each(): Generator<Account>;
}

function personFor(rng: Rng, country: Country) {
  if (country === "KE") return rng.chance(0.7) ? kenyanName(rng) : habeshaName(rng, rng.chance(0.5));
  if (country === "UG") return rng.chance(0.6) ? ugandanName(rng) : habeshaName(rng, rng.chance(0.5));
  if (country === "SD") return rng.chance(0.6) ? arabicName(rng) : habeshaName(rng, rng.chance(0.5));
  return habeshaName(rng, rng.chance(0.5));
}

// Phone indices: suspects 100-4999, relatives 5000-19999, other hawala clients 20000+,
// hawala brokers 30000-30499; ordinary people from here on.
export const PHONE_BASE = 40_000;

export function population(seed: string, walletCount: number): Population {
  const r = (cat: string, i: number) => new Rng(hash32(`${seed}:${cat}:${i}`));
  const cache = new Map<number, Account>();
  const makeWallet = (i: number): Account => {
    const country = p.walletCountry(i);
    const rng = r("w", i);
    const phone = phoneNumber(country, PHONE_BASE + i);
    const median = country === "SD" ? 25 : 45;
    const usd = rng.lognormal(median, 0.8);
    // The name is made only when asked for: ordinary traffic needs ids and currencies, and
    // names are most of the cost at ten million transfers.
    return {
      id: `wallet:${phone}`, kind: "mobile_money", get holder() { return personFor(r("wn", i), country).full; }, institution: WALLET_PROVIDER[country]!,
      country, currency: CURRENCY[country], opening: localCents(usd, country), role: "ordinary", person: `w${i}`, phone,
    };
  };
  const p: Population = {
    wallets: walletCount,
    diaspora: Math.max(20, Math.ceil(walletCount / 4)),
    agents: Math.max(8, Math.ceil(walletCount / 120)),
    merchants: Math.max(6, Math.ceil(walletCount / 60)),
    schools: Math.max(2, Math.min(6, Math.ceil(walletCount / 800))),
    churches: Math.max(2, Math.min(4, Math.ceil(walletCount / 1500))),
    employers: Math.max(2, Math.min(5, Math.ceil(walletCount / 300))),
    walletCountry: (i) => HOME_MIX[i % HOME_MIX.length]!,
    wallet(i) {
      // A bounded cache: ordinary traffic asks for the same wallets again and again.
      const hit = cache.get(i);
      if (hit) return hit;
      if (cache.size >= 100_000) cache.clear();
      const a = makeWallet(i);
      cache.set(i, a);
      return a;
    },
    diasporaCustomer(j) {
      const country = DIASPORA_MIX[j % DIASPORA_MIX.length]!;
      const rng = r("d", j);
      const op = OPERATORS[j % OPERATORS.length]!;
      return {
        id: `mto:${op.name}/${op.code}-C${String(1_000_000 + j * 37)}`, kind: "mto", holder: habeshaName(rng, rng.chance(0.5)).full,
        institution: op.name, country, currency: CURRENCY[country], opening: 0n, role: "relative", person: `d${j}`,
        phone: phoneNumber(country, PHONE_BASE + j),
      };
    },
    homeOf(j) {
      let i = (j * 7 + 3) % walletCount;
      while (p.walletCountry(i) !== "KE" && p.walletCountry(i) !== "ET") i = (i + 1) % walletCount;
      return i;
    },
    agent(k) {
      const country = (["KE", "ET", "UG", "SD"] as const)[k % 4];
      const rng = r("a", k);
      return {
        id: `agent:${100000 + ((k * 7919) % 900000)}`, kind: "service", holder: `${rng.pick(SHOPS)} Agent ${k + 1}`,
        institution: WALLET_PROVIDER[country]!, country, currency: CURRENCY[country], opening: 0n, role: "agent", person: `a${k}`,
      };
    },
    merchant(k) {
      const country = (["KE", "ET", "KE", "UG", "SD", "ET"] as const)[k % 6];
      return {
        id: `merchant:${5_100_000 + k * 13}`, kind: "mobile_money", holder: `${SHOPS[k % SHOPS.length]}${k >= SHOPS.length ? ` ${k}` : ""}`,
        institution: WALLET_PROVIDER[country]!, country, currency: CURRENCY[country], opening: 0n, role: "merchant", person: `m${k}`,
      };
    },
    school(k) {
      const country = (["KE", "ET"] as const)[k % 2];
      return {
        id: `merchant:${247_000 + k * 101}`, kind: "mobile_money", holder: SCHOOLS[k % SCHOOLS.length]!, institution: WALLET_PROVIDER[country]!,
        country, currency: CURRENCY[country], opening: 0n, role: "school", person: `s${k}`,
      };
    },
    church(k) {
      const country = (["ET", "KE"] as const)[k % 2];
      const id = country === "ET" ? `bank:${BANKS.ET}/1000${String(31_000_000 + k * 7_777).padStart(9, "0")}` : `merchant:${400_200 + k * 17}`;
      return {
        id, kind: country === "ET" ? "bank" : "mobile_money", holder: CHURCHES[k % CHURCHES.length]!, institution: country === "ET" ? BANKS.ET! : WALLET_PROVIDER.KE!,
        country, currency: CURRENCY[country], opening: 0n, role: "church", person: `c${k}`,
      };
    },
    employer(k) {
      const country = (["KE", "ET", "UG"] as const)[k % 3];
      return {
        id: `bank:${BANKS[country]}/01${String(20_000_000 + k * 4_321)}`, kind: "bank", holder: EMPLOYERS[k % EMPLOYERS.length]!,
        institution: BANKS[country]!, country, currency: CURRENCY[country], opening: localCents(250_000, country), role: "employer", person: `e${k}`,
      };
    },
    services: [
      { id: "service:mpesa-fees", kind: "service", holder: "Safaricom PLC (M-PESA charges)", institution: "Safaricom PLC", country: "KE", currency: "KES", opening: 0n, role: "service", person: "svc-mpesa" },
      { id: "service:Safaricom airtime", kind: "service", holder: "Safaricom PLC (airtime)", institution: "Safaricom PLC", country: "KE", currency: "KES", opening: 0n, role: "service", person: "svc-airtime" },
      { id: "service:Ethio telecom airtime", kind: "service", holder: "Ethio telecom (airtime)", institution: "Ethio telecom", country: "ET", currency: "ETB", opening: 0n, role: "service", person: "svc-et-airtime" },
      ...(["KE", "ET", "UG", "SD"] as const).map((c): Account => ({
        id: `service:${BANKS[c]} settlement`, kind: "service", holder: `${BANKS[c]} settlement account`, institution: BANKS[c]!, country: c,
        currency: CURRENCY[c], opening: 0n, role: "service", person: `svc-bank-${c}`,
      })),
      ...OPERATORS.map((o): Account => ({
        id: `service:${o.name} fees`, kind: "service", holder: `${o.name} (fees)`, institution: o.name, country: "GB", currency: "EUR", opening: 0n, role: "service", person: `svc-${o.code}`,
      })),
    ],
    *each() {
      for (let i = 0; i < p.wallets; i++) yield p.wallet(i);
      for (let j = 0; j < p.diaspora; j++) yield p.diasporaCustomer(j);
      for (let k = 0; k < p.agents; k++) yield p.agent(k);
      for (let k = 0; k < p.merchants; k++) yield p.merchant(k);
      for (let k = 0; k < p.schools; k++) yield p.school(k);
      for (let k = 0; k < p.churches; k++) yield p.church(k);
      for (let k = 0; k < p.employers; k++) yield p.employer(k);
      yield* p.services;
    },
  };
  return p;
}

const PER_USD: Record<Currency, number> = { USD: 1, EUR: 0.92, SEK: 10.4, GBP: 0.79, AED: 3.6725, KES: 129.2, UGX: 3680, ETB: 127.5, SDG: 1900, LYD: 5.45, ERN: 15 };

/** USD amount → cents of the country's currency, rounded the way people round there. */
export function localCents(usd: number, country: Country): bigint {
  return roundedCents(usd * PER_USD[CURRENCY[country]], CURRENCY[country]);
}

export function roundedCents(units: number, currency: Currency): bigint {
  const step = currency === "UGX" ? 500 : currency === "SDG" ? 100 : currency === "KES" || currency === "ETB" ? 1 : 0.01;
  return BigInt(Math.max(1, Math.round(units / step))) * BigInt(Math.round(step * 100));
}
