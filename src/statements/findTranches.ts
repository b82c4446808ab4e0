// A ransom is often paid in tranches: the statement says "4,000" and the records show 1,500 +
// 2,500 to the same receiver within days. Among candidates that already agree on receiver or
// payer, look for 2–4 transfers to one receiving account whose sum fits the stated amount.
import { amountPart, type Part, type Scored } from "./scoreCandidate.js";

export interface TrancheGroup {
  txs: Scored[];
  amount: Part;
}

export function findTranches(
  scored: Scored[],
  recorded: Map<string, { to: string; amount: number; value: number; currency: string }>,
  stated: { amount?: number; currency?: string; value?: number },
  reporting: string,
): TrancheGroup | undefined {
  const useOwn = stated.amount !== undefined;
  const target = useOwn ? stated.amount! : stated.value;
  if (target === undefined) return undefined;
  const byReceiver = new Map<string, Scored[]>();
  for (const s of scored) {
    if (s.receiver.score < 0.6 && s.payer.score < 0.6) continue;
    const r = recorded.get(s.tx_id)!;
    const list = byReceiver.get(r.to) ?? [];
    list.push(s);
    byReceiver.set(r.to, list);
  }
  let best: TrancheGroup | undefined;
  for (const [, list] of [...byReceiver].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const pool = list.slice(0, 10);
    const sizes = (n: number, start: number, picked: Scored[]): void => {
      if (picked.length >= 2) {
        const same = useOwn && picked.every((p) => recorded.get(p.tx_id)!.currency === stated.currency);
        if (!same && stated.value === undefined) return;
        const sum = picked.reduce((a, p) => a + (same ? recorded.get(p.tx_id)!.amount : recorded.get(p.tx_id)!.value), 0);
        const part = amountPart(same ? target : stated.value!, sum, same ? stated.currency! : reporting, !same);
        if (part.score >= 0.6 && (!best || part.score > best.amount.score)) best = { txs: [...picked], amount: part };
      }
      if (picked.length === n) return;
      for (let i = start; i < pool.length; i++) sizes(n, i + 1, [...picked, pool[i]!]);
    };
    sizes(4, 0, []);
  }
  return best;
}
