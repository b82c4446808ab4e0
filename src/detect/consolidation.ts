// Consolidation: flagged accounts paying into the same few downstream accounts.
import type { Detector } from "./detector.js";
import { amount, percent, plural } from "./describe.js";

export const consolidation: Detector = {
  pattern: "consolidation",
  sql: "detect/consolidation",
  weight: 0.9,
  params: (c) => ({
    min_sources: c.consolidation.min_sources,
    min_source_share: c.consolidation.min_source_share,
    min_source_score: c.consolidation.min_source_score,
    single_source_share: c.consolidation.single_source_share,
    min_amount: c.consolidation.min_amount,
    max_evidence: c.max_evidence,
  }),
  explain(row, { currency }) {
    const f = row.facts;
    const sources = row.accounts.slice(1);
    const shown = sources.slice(0, 5).join(", ") + (sources.length > 5 ? ` and ${sources.length - 5} more` : "");
    const onward = Number(f.out_value) > 0
      ? `it sent ${amount(f.out_value, currency)} on (${percent(f.fwd_value, f.in_value)} within days), most to ${f.top_receiver}`
      : "it sent nothing on (money stays here)";
    return `${f.target} received ${amount(f.from_sources, currency)} from ${plural(f.n_sources, "account")} already flagged as collectors or pass-through accounts (${shown}), ` +
      `${percent(f.from_sources, f.in_value)} of all it received; ${onward}.`;
  },
};
