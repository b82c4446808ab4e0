// Totals as printed: cents, with the conservation identity kept exact on the printed values
// (seeded = retained + exited + beyond_horizon + below_threshold + fees) by apportioning the
// rounding cents. poison does not conserve amounts; its totals are simply rounded.
import { apportion, cents } from "./money.js";
import type { Totals } from "./types.js";

export function presentTotals(t: Totals, conserving: boolean): Totals {
  const parts = [t.retained, t.exited, t.beyond_horizon, t.below_threshold, t.fees];
  const [retained, exited, beyond_horizon, below_threshold, fees] = conserving ? apportion(t.seeded, parts) : parts.map(cents);
  return {
    seeded: cents(t.seeded), retained: retained!, exited: exited!, beyond_horizon: beyond_horizon!,
    below_threshold: below_threshold!, fees: fees!, unexplained_out: cents(t.unexplained_out),
  };
}
