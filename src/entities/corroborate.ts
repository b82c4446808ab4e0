// Alike names alone do not make one person (namesakes exist, more so in a large case). What
// the records show can: money moving directly between the two accounts, or both accounts
// dealing with the same people. Each is independent evidence added to the name link.
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import type { Link } from "./findLinks.js";

const DIRECT = 0.5;
const SHARED = 0.4;

export async function corroborate(db: CaseDb, links: Link[]): Promise<void> {
  const named = links.filter((l) => l.kind === "similar_name");
  if (!named.length) return;
  const rows = await allJson(db.conn, "entities/corroboration", { pairs: JSON.stringify(named.map((l) => [l.a, l.b])) });
  const byPair = new Map(rows.map((r) => [`${r.account_a}\u0000${r.account_b}`, { direct: Number(r.direct), shared: Number(r.shared) }]));
  for (const l of named) {
    const c = byPair.get(`${l.a}\u0000${l.b}`);
    if (!c) continue;
    let p = l.confidence;
    if (c.direct > 0) {
      p = 1 - (1 - p) * (1 - DIRECT);
      l.evidence.push(`money moved directly between the two accounts (${c.direct} transfer${c.direct === 1 ? "" : "s"})`);
    }
    if (c.shared > 0) {
      p = 1 - (1 - p) * (1 - SHARED);
      l.evidence.push(`both accounts dealt with ${c.shared} of the same people's accounts`);
    }
    l.confidence = Math.round(p * 1000) / 1000;
  }
}
