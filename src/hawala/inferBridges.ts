// Hawala bridges: pair each pay-in leg with the payout leg that most likely settles it (one to
// one, best first, ties broken by ids) and add the pair's missing link as an inferred transfer
// from A's account to B's account, at the pay-in's time, so a trace can follow the money
// across (only when asked: `trace --inferred on`). Its value_out is what A received and its
// value_in what B paid out (capped at value_out, so a trace never creates value); the
// difference is the commission, which a trace books as a fee. Evidence and confidence go to
// hawala_bridges, keyed by the inferred transfer's id.
import type { CaseDb } from "../db/connect.js";
import { inTransaction } from "../db/connect.js";
import { allJS, exec } from "../db/sql.js";
import { scoreBridge, type Leg } from "./scoreBridge.js";

export interface Bridge {
  tx_id: string;
  in_tx: string;
  out_tx: string;
  from_account: string;
  to_account: string;
  confidence: number;
  evidence: string[];
}

export interface BridgeOptions { windowDays?: number; minConfidence?: number }

export async function inferBridges(db: CaseDb, o: BridgeOptions = {}): Promise<Bridge[]> {
  const windowDays = o.windowDays ?? 7;
  const min = o.minConfidence ?? 0.5;
  return inTransaction(db, async () => {
    await exec(db.conn, "hawala/load_seq_high_keep"); // removed bridges' load_seqs are never given again
    await exec(db.conn, "hawala/clear_inferred");
    await exec(db.conn, "hawala/clear_bridges");
    const legs = (await allJS(db.conn, "hawala/legs")) as unknown as Leg[];
    const ins = legs.filter((l) => l.leg === "in");
    const outs = legs.filter((l) => l.leg === "out");
    const pairs: { a: Leg; b: Leg; confidence: number; evidence: string[] }[] = [];
    let start = 0;
    for (const a of ins) {
      while (start < outs.length && outs[start]!.epoch < a.epoch) start++;
      for (let j = start; j < outs.length && outs[j]!.epoch <= a.epoch + windowDays * 86400; j++) {
        const s = scoreBridge(a, outs[j]!, windowDays);
        if (s && s.confidence >= min) pairs.push({ a, b: outs[j]!, ...s });
      }
    }
    pairs.sort((p, q) => q.confidence - p.confidence || cmp(p.a.tx_id, q.a.tx_id) || cmp(p.b.tx_id, q.b.tx_id));
    const usedIn = new Set<string>();
    const usedOut = new Set<string>();
    const chosen = pairs.filter((p) => {
      if (usedIn.has(p.a.tx_id) || usedOut.has(p.b.tx_id)) return false;
      usedIn.add(p.a.tx_id);
      usedOut.add(p.b.tx_id);
      return true;
    }).sort((p, q) => p.a.epoch - q.a.epoch || cmp(p.a.tx_id, q.a.tx_id));
    let seq = Number((await allJS(db.conn, "hawala/next_load_seq"))[0]!.next);
    const bridges: Bridge[] = [];
    for (const p of chosen) {
      const tx_id = `inferred:hawala/${p.a.tx_id}/${p.b.tx_id}`;
      const valueIn = Math.min(p.b.value_out, p.a.value_in);
      await exec(db.conn, "hawala/insert_bridge", {
        tx_id, ts: p.a.ts.replace("T", " ").replace("Z", ""), from_account: p.a.hawala_account, to_account: p.b.hawala_account,
        amount: p.a.amount_received, currency: p.a.currency_received, amount_received: p.b.amount, currency_received: p.b.currency,
        value_out: p.a.value_in.toFixed(2), value_in: valueIn.toFixed(2), reference: p.a.reference, load_seq: seq++,
      });
      const evidence = [...p.evidence, `inferred: no record links ${p.a.tx_id} and ${p.b.tx_id}`];
      await exec(db.conn, "hawala/save_bridge", {
        tx_id, in_tx: p.a.tx_id, out_tx: p.b.tx_id, broker_in: p.a.broker ?? p.a.hawala_account, broker_out: p.b.broker ?? p.b.hawala_account,
        confidence: p.confidence, evidence: JSON.stringify(evidence),
      });
      bridges.push({ tx_id, in_tx: p.a.tx_id, out_tx: p.b.tx_id, from_account: p.a.hawala_account, to_account: p.b.hawala_account, confidence: p.confidence, evidence });
    }
    return bridges;
  });
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
