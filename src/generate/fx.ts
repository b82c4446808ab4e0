// Synthetic daily exchange rates into USD (the generated cases' reporting currency), as a
// seeded random walk around plausible 2025 levels. ETB, SDG, LYD and ERN also have a parallel
// market rate that differs a lot from the official one: every valuation names its source.
import type { Rng } from "./rng.js";

export const PAYER_CURRENCIES = ["EUR", "SEK", "GBP", "USD", "AED"] as const;
export const LOCAL_CURRENCIES = ["ETB", "KES", "SDG", "UGX", "LYD", "ERN"] as const;
export type Currency = (typeof PAYER_CURRENCIES)[number] | (typeof LOCAL_CURRENCIES)[number];

/** Units of the currency per USD: [official, parallel or undefined]. */
const LEVELS: Record<Currency, [number, number | undefined]> = {
  USD: [1, undefined], EUR: [0.92, undefined], SEK: [10.4, undefined], GBP: [0.79, undefined], AED: [3.6725, undefined],
  KES: [129.2, undefined], UGX: [3680, undefined], ETB: [127.5, 152], SDG: [1900, 2650], LYD: [5.45, 7.6], ERN: [15, 21],
};
const SCALE = 10_000_000_000n; // rates are written with 10 decimals (DECIMAL(24,10) in the case)

export interface FxTable {
  days: number;
  /** USD per unit, scaled by 1e10, for day d (0-based from the case's first day). */
  scaled(day: number, currency: Currency, source: "official" | "parallel"): bigint;
  hasParallel(currency: Currency): boolean;
}

export function fxTable(rng: Rng, days: number): FxTable {
  const walks = new Map<string, bigint[]>();
  for (const cur of Object.keys(LEVELS) as Currency[]) {
    const [official, parallel] = LEVELS[cur];
    for (const [source, level] of [["official", official], ["parallel", parallel]] as const) {
      if (level === undefined) continue;
      const r = rng.fork(`${cur}:${source}`);
      const series: bigint[] = [];
      let drift = 0;
      for (let d = 0; d < days; d++) {
        // Pegged currencies stay put; parallel markets move faster than official fixings.
        if (cur !== "USD" && cur !== "AED") drift += (r.next() - 0.5) * (source === "parallel" ? 0.012 : 0.004);
        series.push(BigInt(Math.round((1 / (level * (1 + drift))) * 1e10)));
      }
      walks.set(`${cur}:${source}`, series);
    }
  }
  return {
    days,
    scaled(day, currency, source) {
      const s = walks.get(`${currency}:${source}`) ?? walks.get(`${currency}:official`)!;
      return s[Math.max(0, Math.min(days - 1, day))]!;
    },
    hasParallel: (currency) => LEVELS[currency][1] !== undefined,
  };
}

/** Value in USD cents of `cents` of `currency` at a scaled rate, rounded half up. */
export function toUsdCents(cents: bigint, rate: bigint): bigint {
  return (cents * rate + SCALE / 2n) / SCALE;
}

/** Convert cents between currencies at the given rates, less a margin (0.03 = 3 %). */
export function convertCents(cents: bigint, fromRate: bigint, toRate: bigint, margin = 0): bigint {
  const keep = BigInt(Math.round((1 - margin) * 1_000_000));
  return (cents * fromRate * keep) / (toRate * 1_000_000n);
}

export function rateText(scaled: bigint): string {
  const s = scaled.toString().padStart(11, "0");
  return `${s.slice(0, -10)}.${s.slice(-10)}`;
}
