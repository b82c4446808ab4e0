// Ransom collection: many distinct, mostly one-time diaspora senders paying ransom-sized
// amounts in bursts, forwarded fast (domain.md, the FinCEN red flag).
import { listValue } from "@duckdb/node-api";
import type { Detector } from "./detector.js";
import { amount, day, duration, percent, plural, share } from "./describe.js";

export const ransomCollection: Detector = {
  pattern: "ransom_collection",
  sql: "detect/ransom_collection",
  weight: 1,
  params: (c) => ({
    diaspora: listValue(c.diaspora_countries),
    ransom_min: c.ransom.min_amount,
    ransom_max: c.ransom.max_amount,
    min_senders: c.ransom.min_senders,
    full_senders: c.ransom.full_senders,
    min_diaspora_share: c.ransom.min_diaspora_share,
    min_ransom_share: c.ransom.min_ransom_share,
    min_score: c.ransom.min_score,
    forward_hours: c.forwarding.max_hours,
    max_evidence: c.max_evidence,
  }),
  explain(row, { currency, config }) {
    const f = row.facts;
    const countries = (f.diaspora_countries as string[]).join(", ");
    const parts = [
      `${row.accounts[0]} received ${plural(f.n_in, "payment")} (${amount(f.in_value, currency)}) from ${plural(f.n_senders, "different sender")}, ${f.one_time_senders} of whom paid only once`,
      `${share(f.n_in_diaspora, f.n_in)} came from diaspora countries (${countries})`,
      `${share(f.n_in_ransom, f.n_in)} were between ${amount(config.ransom.min_amount, currency)} and ${amount(config.ransom.max_amount, currency)}, typical of ransoms or their tranches`,
      `up to ${f.max_burst} arrived within ${plural(config.ransom.burst_days, "day")} (${day(f.first_in)} to ${day(f.last_in)})`,
    ];
    const fwd = Number(f.fwd_value);
    parts.push(fwd > 0
      ? `${percent(fwd, f.in_value)} of the money received was sent on within ${duration(config.forwarding.max_hours)} (median ${duration(f.median_lag_h)} after arriving), most of it to ${f.top_receiver}`
      : "none of it was sent on quickly");
    return parts.join("; ") + ".";
  },
};
