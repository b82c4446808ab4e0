// What other stages call to mark inferred links: tx id → confidence and evidence (in words).
// A transfer in this map exists in no record; show it as inferred (dashed, labelled) and say why.
import type { CaseDb } from "../db/connect.js";
import { allJS } from "../db/sql.js";

export interface InferredLink { in_tx: string; out_tx: string; broker_in: string; broker_out: string; confidence: number; evidence: string[] }

export async function inferredLinks(db: CaseDb): Promise<Map<string, InferredLink>> {
  const rows = await allJS(db.conn, "hawala/bridges_list");
  return new Map(rows.map((r) => [String(r.tx_id), {
    in_tx: String(r.in_tx), out_tx: String(r.out_tx), broker_in: String(r.broker_in), broker_out: String(r.broker_out),
    confidence: Number(r.confidence), evidence: JSON.parse(String(r.evidence)) as string[],
  }]));
}
