// A statement's tranche group as one assignment option: the transfers findTranches picked,
// each with its own date, receiver and payer reasons, and the group's weakest confidence.
import { findTranches } from "./findTranches.js";
import { combine, datePart, reasonsOf, type Candidate, type Scored } from "./scoreCandidate.js";
import type { StatementFacts } from "./statementFacts.js";

/** One way to satisfy a statement: a single transfer, a tranche group or the investigator's choice. */
export interface MatchOption { statement: string; txs: Scored[]; confidence: number; group: string | null; reasons: string[][]; confirmed?: boolean }

export function trancheOption(facts: StatementFacts, scored: Scored[], cands: Candidate[], value: number | undefined, reporting: string, window: number): MatchOption | undefined {
  const recorded = new Map(cands.map((c) => [c.tx_id, { to: c.to_account, amount: c.amount, value: c.value_out, currency: c.currency }]));
  const byId = new Map(cands.map((c) => [c.tx_id, c]));
  const stated: { amount?: number; currency?: string; value?: number } = {};
  if (facts.amount !== undefined) stated.amount = facts.amount;
  if (facts.currency !== undefined) stated.currency = facts.currency;
  if (value !== undefined) stated.value = value;
  const g = findTranches(scored, recorded, stated, reporting);
  if (!g) return undefined;
  const parts = (t: Scored) => ({ date: datePart(facts, byId.get(t.tx_id)!.ts, window), receiver: t.receiver, payer: t.payer });
  return {
    statement: facts.id, txs: g.txs, group: `${facts.id}/tranches`,
    confidence: Math.min(...g.txs.map((t) => combine(facts, { amount: g.amount, ...parts(t) }))),
    reasons: g.txs.map((t, i) => [`tranche ${i + 1} of ${g.txs.length}, the tranches together: ${g.amount.reason}`, ...reasonsOf(facts, byId.get(t.tx_id)!, parts(t))]),
  };
}
