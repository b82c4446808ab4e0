// Accounts → entities: links found automatically, corrected by the investigator's links file
// (confirm or reject a pair), then joined transitively above a confidence threshold. The
// result is stored (entity_links, account_entities) so traces, detection and reports can
// group "this collector's three wallets".
import { existsSync } from "node:fs";
import type { CaseDb } from "../db/connect.js";
import { allJson, exec } from "../db/sql.js";
import { inputError } from "../errors.js";
import { corroborate } from "./corroborate.js";
import { entityId, findLinks, type AccountInfo, type Identifier, type Link } from "./findLinks.js";

export interface ResolveOptions { linksFile?: string; identifiersFile?: string; minConfidence?: number }
export interface Entity { entity_id: string; name: string | null; accounts: string[]; links: (Link & { decision: string })[] }
export interface ResolveResult { entities: Entity[]; links: number }

async function readCsv(db: CaseDb, file: string, required: string[]): Promise<Record<string, string | null>[]> {
  if (!existsSync(file)) throw inputError("no_file", "file not found", { file });
  const rows = (await allJson(db.conn, "entities/read_links_file", { path: file })) as Record<string, string | null>[];
  for (const c of required) if (rows.length && !(c in rows[0]!)) throw inputError("missing_column", `file lacks a column: ${c}`, { file });
  return rows;
}

export async function resolveEntities(db: CaseDb, o: ResolveOptions = {}): Promise<ResolveResult> {
  const min = o.minConfidence ?? 0.8;
  const accounts = (await allJson(db.conn, "entities/accounts")) as unknown as AccountInfo[];
  const identifiers = o.identifiersFile ? ((await readCsv(db, o.identifiersFile, ["account_id", "type", "value"])) as unknown as Identifier[]).filter((i) => i.account_id && i.type && i.value) : [];
  const found = findLinks(accounts, identifiers);
  await corroborate(db, found);
  const links: (Link & { decision: string })[] = found.map((l) => ({ ...l, decision: "auto" }));
  if (o.linksFile) {
    const rows = await readCsv(db, o.linksFile, ["account_a", "account_b", "decision"]);
    rows.forEach((r, i) => {
      const decision = r.decision?.trim().toLowerCase();
      if (decision !== "confirm" && decision !== "reject") throw inputError("bad_decision", "decision must be confirm or reject", { file: o.linksFile, row: i + 1, column: "decision", value: r.decision ?? "" });
      const [a, b] = [r.account_a ?? "", r.account_b ?? ""].sort() as [string, string];
      const note = r.note ? `: ${r.note}` : "";
      const existing = links.find((l) => l.a === a && l.b === b);
      const evidence = `${decision === "confirm" ? "confirmed" : "rejected"} by the investigator (${o.linksFile} row ${i + 1})${note}`;
      if (existing) { existing.decision = decision === "confirm" ? "confirmed" : "rejected"; existing.evidence.push(evidence); existing.confidence = decision === "confirm" ? 1 : 0; }
      else links.push({ a, b, kind: "manual", confidence: decision === "confirm" ? 1 : 0, evidence: [evidence], decision: decision === "confirm" ? "confirmed" : "rejected" });
    });
  }
  const parent = new Map<string, string>();
  const find = (x: string): string => { let p = parent.get(x) ?? x; if (p !== x) { p = find(p); parent.set(x, p); } return p; };
  for (const l of links) {
    if (l.decision === "rejected" || l.confidence < min) continue;
    const [ra, rb] = [find(l.a), find(l.b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const members = new Map<string, string[]>();
  for (const l of links) for (const x of [l.a, l.b]) { const r = find(x); const m = members.get(r) ?? []; if (!m.includes(x)) m.push(x); members.set(r, m); }
  const names = new Map(accounts.map((a) => [a.account_id, a.holder_name]));
  const entities: Entity[] = [];
  for (const [, ids] of members) {
    if (ids.length < 2) continue;
    ids.sort();
    const counts = new Map<string, number>();
    for (const id of ids) { const n = names.get(id); if (n) counts.set(n, (counts.get(n) ?? 0) + 1); }
    const name = [...counts].sort(([p, x], [q, y]) => y - x || q.length - p.length || (p < q ? -1 : 1))[0]?.[0] ?? null;
    const set = new Set(ids);
    entities.push({ entity_id: entityId(ids[0]!), name, accounts: ids, links: links.filter((l) => set.has(l.a) && set.has(l.b)) });
  }
  entities.sort((x, y) => y.accounts.length - x.accounts.length || (x.accounts[0]! < y.accounts[0]! ? -1 : 1));
  await exec(db.conn, "entities/clear_links");
  await exec(db.conn, "entities/clear_entities");
  await exec(db.conn, "entities/save_links", { rows: JSON.stringify(links.map((l) => ({ ...l, evidence: JSON.stringify(l.evidence) }))) });
  await exec(db.conn, "entities/save_entities", { rows: JSON.stringify(entities.flatMap((e) => e.accounts.map((id) => ({
    account_id: id, entity_id: e.entity_id, entity_name: e.name, accounts: e.accounts.length,
    confidence: Math.max(...e.links.filter((l) => (l.a === id || l.b === id) && l.decision !== "rejected").map((l) => l.confidence)),
  })))) });
  return { entities, links: links.length };
}
