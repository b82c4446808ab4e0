// Pass-through: out within hours or days of coming in, in a similar total, to few receivers.
import type { Detector } from "./detector.js";
import { amount, duration, percent, plural } from "./describe.js";

export const passThrough: Detector = {
  pattern: "pass_through",
  sql: "detect/pass_through",
  weight: 0.6,
  params: (c) => ({
    min_inflows: c.forwarding.min_inflows,
    min_amount: c.forwarding.min_amount,
    min_ratio: c.forwarding.min_out_in_ratio,
    max_ratio: c.forwarding.max_out_in_ratio,
    min_forwarded: c.forwarding.min_forwarded_share,
    min_top_share: c.forwarding.min_top_receiver_share,
    min_score: c.forwarding.min_score,
    forward_hours: c.forwarding.max_hours,
    max_evidence: c.max_evidence,
  }),
  explain(row, { currency, config }) {
    const f = row.facts;
    return `${row.accounts[0]} received ${amount(f.in_value, currency)} in ${plural(f.n_in, "transfer")} and sent ${amount(f.out_value, currency)} on in ${plural(f.n_out, "transfer")}; ` +
      `${percent(f.fwd_value, f.in_value)} left within ${duration(config.forwarding.max_hours)} of arriving (median ${duration(f.median_lag_h)}), ` +
      `${percent(f.top_receiver_value, f.out_value)} of it to ${f.top_receiver} (${plural(f.n_receivers, "receiver")} in all).`;
  },
};
