// --opening-balance inferred: the smallest opening balance that keeps each account from ever
// going negative, from its flows in processing order (stated balances are applied later, as
// corrections, and are not used here).
import type { AccountTable, Flows } from "./types.js";

export function inferredOpenings(f: Flows, acc: AccountTable): Float64Array {
  const run = new Float64Array(acc.count), low = new Float64Array(acc.count);
  for (let i = 0; i < f.n; i++) {
    const a = f.from[i]!, b = f.to[i]!;
    const r = run[a]! - f.valueOut[i]!;
    run[a] = r;
    if (r < low[a]!) low[a] = r;
    run[b] += f.valueIn[i]!;
  }
  const opening = new Float64Array(acc.count);
  for (let a = 0; a < acc.count; a++) if (!acc.terminal[a] && low[a]! < 0) opening[a] = -low[a]!;
  return opening;
}
