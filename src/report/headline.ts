// The headline figures a prosecutor quotes, computed once from the gathered data, so that the
// summary, the charts' captions and `report --json` say the same thing (docs/report.md):
//   paid by the families = what the payers sent (value_out of the ransom payments);
//   fees = operators' fees on the way: on the payments (sent - received) and on the traced
//     onward transfers (the trace's fees), so paid = retained + cashed out + beyond the
//     horizon + below the minimum + fees, to the cent;
//   reached the leaders = traced money counted once, at the first leader account it reached
//     (leaders only from `flowtrace detect`; without it, none are named);
//   victims and payers = resolved persons (persons.ts), not spellings or accounts.
import type { ConfidenceRow, ReportData } from "./model.js";

export interface Headline {
  runId: string;
  method: string;
  currency: string;
  madeBy: string;
  /** How much traced money rests on inferred links, per kind (statement, entity, bridge). */
  inferredLinks: ConfidenceRow[];
  paidByFamilies: number;
  /** What the first receivers got (the trace's seeded amount). */
  received: number;
  feesOnPayments: number;
  feesOnward: number;
  fees: number;
  reachedLeaders: { amount: number; share: number; accounts: { account: string; amount: number }[] };
  rolesFrom: "detection" | "not classified";
  cashedOut: number;
  retained: number;
  beyondHorizon: number;
  belowThreshold: number;
  victims: number;
  victimsNamed: number;
  payers: number;
  payments: number;
  /** Traced money carried by inferred links (hawala bridges, in no record). */
  crossedInferred: number;
  /** Traced money still held in hawala brokers' books when the records end. */
  stoppedAtHawala: number;
}

const cents = (v: number) => Math.round(v * 100) / 100;

export function headline(data: ReportData): Headline {
  const T = data.run.totals;
  const seeds = data.transfers.filter((t) => t.isSeed);
  const paid = cents(seeds.reduce((s, t) => s + t.valueOut, 0));
  const feesOnPayments = cents(paid - T.seeded);
  const leaders = data.leaders.filter((l) => l.firstReached + l.fromOtherLeaders > 0.005);
  const reached = cents(leaders.reduce((s, l) => s + l.firstReached, 0));
  return {
    runId: data.run.id,
    method: data.run.method,
    currency: data.currency,
    madeBy: data.madeBy,
    inferredLinks: data.confidence,
    paidByFamilies: paid,
    received: cents(T.seeded),
    feesOnPayments,
    feesOnward: cents(T.fees),
    fees: cents(feesOnPayments + T.fees),
    reachedLeaders: {
      amount: reached,
      share: paid > 0 ? Math.round((10000 * reached) / paid) / 10000 : 0,
      accounts: leaders.map((l) => ({ account: l.account, amount: cents(l.firstReached) })),
    },
    rolesFrom: data.rolesSource === "detection" ? "detection" : "not classified",
    cashedOut: cents(T.exited),
    retained: cents(T.retained),
    beyondHorizon: cents(T.beyondHorizon),
    belowThreshold: cents(T.belowThreshold),
    victims: data.persons.victims.length,
    victimsNamed: data.persons.victims.filter((v) => v.name !== null).length,
    payers: data.persons.payers.length,
    payments: seeds.length,
    crossedInferred: cents(data.transfers.filter((t) => t.inferred).reduce((s, t) => s + t.taintedIn, 0)),
    stoppedAtHawala: cents(data.accounts.filter((a) => a.kind === "hawala").reduce((s, a) => s + a.retained, 0)),
  };
}

/** The JSON document `report --json` prints (docs/report.md). */
export function headlineJson(h: Headline): Record<string, unknown> {
  return {
    run_id: h.runId,
    method: h.method,
    currency: h.currency,
    paid_by_families: h.paidByFamilies,
    fees: h.fees,
    reached_leaders: { amount: h.reachedLeaders.amount, share: h.reachedLeaders.share, accounts: h.reachedLeaders.accounts },
    cashed_out: h.cashedOut,
    retained: h.retained,
    beyond_horizon: h.beyondHorizon,
    victims: h.victims,
    payers: h.payers,
    below_threshold: h.belowThreshold,
    received_by_collectors: h.received,
    roles_from: h.rolesFrom,
    crossed_inferred_links: h.crossedInferred,
    stopped_at_hawala: h.stoppedAtHawala,
    made_by: h.madeBy,
    inferred_links: h.inferredLinks.map((r) => ({ kind: r.kind, links: r.links, amount: cents(r.amount), min_confidence: r.minConfidence, median_confidence: r.medianConfidence })),
  };
}
