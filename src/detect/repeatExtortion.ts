// Repeat extortion: the same relatives paying a second group weeks later (a victim sold on).
import type { Detector } from "./detector.js";
import { day, plural } from "./describe.js";

export const repeatExtortion: Detector = {
  pattern: "repeat_extortion",
  sql: "detect/repeat_extortion",
  weight: 0.8,
  params: (c) => ({
    ransom_min: c.ransom.min_amount,
    ransom_max: c.ransom.max_amount,
    min_gap_days: c.repeat.min_gap_days,
    max_gap_days: c.repeat.max_gap_days,
    min_payers: c.repeat.min_payers,
    same_receiver: c.repeat.same_receiver,
    max_evidence: c.max_evidence,
  }),
  explain(row) {
    const f = row.facts;
    return `${plural(f.n_payers, "payer")} (same account or same full name) who paid the collector ${f.first_rcv} (from ${day(f.first_paid)}) paid again, ` +
      `a median ${Math.round(Number(f.median_gap_days))} days later, to the collector ${f.later_rcv} (until ${day(f.paid_again)}): ` +
      `the pattern of a victim sold on to another group whose family is made to pay again.`;
  },
};
