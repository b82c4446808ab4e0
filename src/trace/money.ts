// Presenting amounts: cents, and an apportionment that keeps printed totals adding up; and the
// one tolerance the engine allows itself.

/**
 * Differences between a stated and a computed balance below this (half a cent) are rounding,
 * not hidden deposits or withdrawals (docs/spec/tracing-semantics.md, known balances).
 */
export const BALANCE_TOLERANCE = 0.005;

/** Round to cents (the float's exact value decides, as toFixed does); never -0. */
export function cents(v: number): number {
  if (v === 0) return 0; // most amounts of a traced transfer (fees, beyond horizon, …) are zero
  const r = Number(v.toFixed(2));
  return r === 0 ? 0 : r;
}

/**
 * Round `parts` to cents so that they add up exactly to the rounded `total` (largest remainder:
 * the cents lost or gained by rounding go to the parts whose remainders were largest, ties by
 * position). Used for the conservation identity, so the printed totals add up to the cent.
 */
export function apportion(total: number, parts: number[]): number[] {
  const target = Math.round(cents(total) * 100);
  const scaled = parts.map((p) => p * 100);
  const floors = scaled.map((s) => Math.floor(s + 1e-9));
  let diff = target - floors.reduce((a, b) => a + b, 0);
  const order = scaled.map((s, i) => [s - floors[i]!, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const out = floors.slice();
  for (let k = 0; diff > 0 && k < order.length; k++, diff--) out[order[k]![1]]! += 1;
  for (let k = order.length - 1; diff < 0 && k >= 0; k--, diff++) if (out[order[k]![1]]! > 0) out[order[k]![1]]! -= 1;
  return out.map((c) => cents(c / 100));
}
