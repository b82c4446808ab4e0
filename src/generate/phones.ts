// Phone numbers for generated people: valid national formats (checked with libphonenumber-js in
// the tests), unique per index, and where a country has a reserved fictional range (UK drama
// numbers are not accepted as valid by libphonenumber; US 555-01xx is) that range is used.
// Index i maps to a number through a multiplication that is a bijection modulo 10^k, so numbers
// never collide and no list of issued numbers is kept in memory (scale mode).

export type Country = "KE" | "ET" | "SD" | "UG" | "AE" | "NL" | "SE" | "DE" | "GB" | "US" | "IL" | "ER" | "LY";

interface Plan {
  cc: string;
  /** Fixed national prefixes; one is chosen by the index. */
  prefixes: string[];
  /** Digits after the prefix. */
  rest: number;
}

const PLANS: Record<Country, Plan> = {
  KE: { cc: "254", prefixes: ["71", "72", "79", "70"], rest: 7 },
  ET: { cc: "251", prefixes: ["91", "92", "93", "94"], rest: 7 },
  SD: { cc: "249", prefixes: ["91", "90", "96", "92"], rest: 7 },
  UG: { cc: "256", prefixes: ["77", "78", "70", "75"], rest: 7 },
  AE: { cc: "971", prefixes: ["50", "55", "56", "52"], rest: 7 },
  NL: { cc: "31", prefixes: ["61", "62", "63", "64"], rest: 7 },
  SE: { cc: "46", prefixes: ["70", "72", "73", "76"], rest: 7 },
  DE: { cc: "49", prefixes: ["1512", "1520", "1590", "1575"], rest: 7 },
  GB: { cc: "44", prefixes: ["7400", "7520", "7720", "7910"], rest: 6 },
  US: { cc: "1", prefixes: ["202555", "617555", "612555", "571555", "301555", "206555", "404555", "415555"], rest: 4 },
  IL: { cc: "972", prefixes: ["523", "524", "525", "526"], rest: 6 },
  ER: { cc: "291", prefixes: ["71", "72", "73"], rest: 5 },
  LY: { cc: "218", prefixes: ["91", "92", "94"], rest: 7 },
};

// Odd and not a multiple of 5: coprime with every 10^k, so i -> i*M mod 10^k is a bijection.
// (k * M stays below 2^53 for any index this generator uses, so plain numbers are exact.)
const MULTIPLIER = 7_654_321;

/** The i-th generated number of a country, as E.164 ("+254712345678"). */
export function phoneNumber(country: Country, index: number): string {
  const plan = PLANS[country];
  const p = plan.prefixes.length;
  const pi = index % p;
  const prefix = plan.prefixes[pi]!;
  let k = Math.floor(index / p);
  if (country === "US") k = 100 + (k % 100); // 555-0100 … 555-0199: reserved for fiction
  const mod = 10 ** plan.rest;
  const body = country === "US" ? String(k).padStart(4, "0") : String((k * MULTIPLIER + 13579 + pi * 3_141_593) % mod).padStart(plan.rest, "0");
  return `+${plan.cc}${prefix}${body}`;
}

/** The national number a person would write at home: "0712345678" (or "7123…" in the US). */
export function localForm(e164: string): string {
  for (const plan of Object.values(PLANS)) {
    if (e164.startsWith(`+${plan.cc}`)) {
      const national = e164.slice(plan.cc.length + 1);
      return plan.cc === "1" ? national : `0${national}`;
    }
  }
  return e164;
}

/** Masked the way M-Pesa statements print counterparties: 07******212. */
export function masked(e164: string): string {
  const local = localForm(e164);
  return `${local.slice(0, 2)}${"*".repeat(local.length - 5)}${local.slice(-3)}`;
}

/** The many ways one number is written in statements: 0911…, 911…, +251911…, 251911…, "0911 23 45 67". */
export function spelledVariant(e164: string, variant: number): string {
  const local = localForm(e164);
  switch (variant % 5) {
    case 0: return local;
    case 1: return e164.slice(1);
    case 2: return local.slice(1);
    case 3: return `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`;
    default: return e164;
  }
}

export function countryCode(country: Country): string {
  return PLANS[country].cc;
}
