// Round trips and cycles: money coming back to where it started.
import type { Detector } from "./detector.js";
import { amount, day, plural } from "./describe.js";

export const cycle: Detector = {
  pattern: "cycle",
  sql: "detect/cycle",
  weight: 0.4,
  params: (c) => ({
    max_hops: c.cycles.max_hops,
    window_days: c.cycles.window_days,
    min_ratio: c.cycles.min_hop_ratio,
    max_ratio: c.cycles.max_hop_ratio,
    max_degree: c.cycles.max_degree,
    max_evidence: c.max_evidence,
  }),
  explain(row, { currency }) {
    const f = row.facts;
    const kind = Number(f.hops) === 2 ? "made a round trip" : `went round a cycle of ${f.hops} hops`;
    return `Money ${kind} through ${row.accounts.join(", ")}: ${amount(f.out_value, currency)} left and ${amount(f.back_value, currency)} came back ` +
      `between ${day(f.first_ts)} and ${day(f.last_ts)} (${plural(f.n_cycles, "such loop")} on these accounts; first: ${(f.path as string[]).join(" -> ")}).`;
  },
};
