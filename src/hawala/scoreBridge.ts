// How likely it is that a payout leg (hawaladar B → collector) settles a pay-in leg (payer →
// hawaladar A): the same code word or reference, payout soon after pay-in, amount net of
// commission (a payout valued above the pay-in is possible where B pays at a parallel-market
// rate and the case values at the official one), and a cross-border corridor.
export interface Leg {
  leg: "in" | "out";
  tx_id: string;
  ts: string;
  epoch: number;
  hawala_account: string;
  other_account: string;
  amount: string;
  currency: string;
  amount_received: string;
  currency_received: string;
  value_out: number;
  value_in: number;
  reference: string | null;
  broker: string | null;
  country: string | null;
}

export interface BridgeScore { confidence: number; evidence: string[] }

// A ledger's reference may join several columns ("Selam 101 | Khartoum broker | +2499…"):
// the legs share a code word when any part is the same.
const parts = (s: string | null) => (s ?? "").split("|").map((p) => p.trim()).filter((p) => p.length >= 3);
const norm = (p: string) => p.toLowerCase().replace(/\s+/g, " ");

export function scoreBridge(a: Leg, b: Leg, windowDays: number): BridgeScore | undefined {
  const hours = (b.epoch - a.epoch) / 3600;
  if (hours < 0 || hours > windowDays * 24 || a.hawala_account === b.hawala_account || (a.broker && a.broker === b.broker)) return undefined;
  const evidence: string[] = [];
  const theirs = parts(b.reference).map(norm);
  const shared = parts(a.reference).find((p) => theirs.includes(norm(p)));
  const sameCode = shared !== undefined;
  if (sameCode) evidence.push(`both legs carry the code word "${shared}"`);
  const time = Math.max(0, 1 - hours / (windowDays * 24));
  evidence.push(`paid out ${hours < 48 ? `${hours.toFixed(1)} hours` : `${(hours / 24).toFixed(1)} days`} after the pay-in`);
  const ratio = b.value_out / a.value_in;
  let amount = 0;
  if (ratio >= 0.85 && ratio <= 1.0) { amount = 1; evidence.push(`payout is ${((1 - ratio) * 100).toFixed(1)}% below the pay-in (a usual commission)`); }
  else if ((ratio >= 0.7 && ratio < 0.85) || (ratio > 1 && ratio <= 1.5)) {
    amount = 0.6;
    evidence.push(ratio > 1 ? `payout valued ${((ratio - 1) * 100).toFixed(1)}% above the pay-in (consistent with a parallel-market rate)` : `payout is ${((1 - ratio) * 100).toFixed(1)}% below the pay-in (a high commission)`);
  } else return undefined;
  // A ledger that names the other broker as counterpart is the corridor in the records' own words.
  const named = !!b.broker && (a.reference ?? "").toLowerCase().includes(b.broker.toLowerCase());
  if (named) evidence.push(`the pay-in's record names ${b.broker} as counterpart`);
  const corridor = named || (a.country && b.country && a.country !== b.country) ? 1 : 0.5;
  if (a.country && b.country) evidence.push(`corridor ${a.country} → ${b.country} (${a.broker ?? "?"} → ${b.broker ?? "?"})`);
  let confidence = 0.45 * (sameCode ? 1 : 0) + 0.2 * time + 0.25 * amount + 0.1 * corridor;
  if (!sameCode) confidence = Math.min(confidence, 0.45);
  return { confidence: Math.round(confidence * 1000) / 1000, evidence };
}
