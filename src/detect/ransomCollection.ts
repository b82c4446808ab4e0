// Ransom collection: many distinct, mostly one-time diaspora senders paying ransom-sized
// amounts in bursts, forwarded fast (docs/spec/domain.md, the FinCEN red flag).
import { listValue } from "@duckdb/node-api";
import type { Detector } from "./detector.js";
import { amount, day, duration, percent, plural } from "./describe.js";

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
    min_score: c.ransom.min_score,
    forward_hours: c.forwarding.max_hours,
    max_evidence: c.max_evidence,
  }),
  explain(row, { currency, config }) {
    const f = row.facts;
    const from = [
      ((f.countries as string[] | null) ?? []).length ? `diaspora countries (${(f.countries as string[]).join(", ")})` : "",
      Number(f.via_hawala) > 0 ? `hawala payouts (${f.via_hawala})` : "",
    ].filter(Boolean).join(" and ");
    const many = Number(f.rl_senders) > 1;
    const parts = [
      `${row.accounts[0]} received ${plural(f.rl_in, "payment")} of ${amount(config.ransom.min_amount, currency)} to ${amount(config.ransom.max_amount, currency)} (ransom or tranche sizes, ${amount(f.rl_value, currency)} in all, ${percent(f.rl_value, f.in_value)} of everything it received) from ${many ? `${f.rl_senders} different senders` : "one sender"} via ${from}`,
      many
        ? `${f.rl_one_episode} of these senders paid in a single episode (within 14 days), as relatives paying a ransom do, not month after month`
        : Number(f.rl_one_episode) > 0 ? "the sender paid in a single episode (within 14 days), not month after month" : "the sender paid again weeks later",
    ];
    if (Number(f.rl_in) > 1) parts.push(`up to ${f.rl_burst} of the payments arrived within ${plural(config.ransom.burst_days, "day")} (${day(f.first_in)} to ${day(f.last_in)})`);
    const fwd = Number(f.fwd_value);
    parts.push(fwd > 0
      ? `${percent(fwd, f.in_value)} of the money received was sent on within ${duration(config.forwarding.max_hours)} (median ${duration(f.median_lag_h)} after arriving), most of it to ${f.top_receiver}`
      : "none of it was sent on quickly");
    return parts.join("; ") + ".";
  },
};
