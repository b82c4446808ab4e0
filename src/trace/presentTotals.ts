// Totals as printed: cents, with the conservation identity kept exact on the printed values
// (seeded = retained + exited + beyond_horizon + below_threshold + fees) by apportioning the
// rounding cents. poison does not conserve amounts; its totals are simply rounded.
import { apportion, cents } from "./money.js";
import { SEEDED_PARTS, TOTALS, type TotalKey, type Totals } from "./totals.js";

export function presentTotals(t: Totals, conserving: boolean): Totals {
  const parts = SEEDED_PARTS.map((k) => t[k]);
  const rounded = conserving ? apportion(t.seeded, parts) : parts.map(cents);
  const part = new Map<TotalKey, number>(SEEDED_PARTS.map((k, i) => [k, rounded[i]!]));
  return Object.fromEntries(TOTALS.map((k) => [k, part.get(k) ?? cents(t[k])])) as Totals;
}
