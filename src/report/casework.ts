// What the report shows of the case work (docs/casework.md): the investigator's notes (beside
// each account and transfer, and in an annex), labels as roles (they take precedence over
// detection and over the trace's shape), the custody log's head, and the other cases that share
// accounts, phones or persons with this one (`report --xref`).
import type { CaseDb } from "../db/connect.js";
import { custodyHead } from "../casework/custody.js";
import { currentLabels, listNotes, type Label } from "../casework/notes.js";
import { xrefCases } from "../casework/xref.js";
import type { CaseworkReport, ReportAccount, ReportNote, ReportTransfer, Role } from "./model.js";

/** What each label means for the charts' colours; suspect and front keep the role found. */
const LABEL_ROLE: Partial<Record<Label, Role>> = {
  victim: "relative", relative: "relative", collector: "collector", broker: "broker", leader: "leader", exclude: "other",
};

/**
 * Gather the case work for a report and apply it to the accounts and transfers: labels set
 * the role (and say why), notes are attached beside what they are about. Undefined when the
 * case has none of it, so reports of such cases are as before.
 */
export async function caseworkForReport(db: CaseDb, accounts: ReportAccount[], transfers: ReportTransfer[], xref: readonly string[] = []): Promise<CaseworkReport | undefined> {
  const all = await listNotes(db, { retracted: true });
  const head = await custodyHead(db.conn);
  const others = xref.length ? await xrefCases(db, [...xref]) : [];
  if (all.length === 0 && head === null && others.length === 0) return undefined;
  const accountIds = new Set(accounts.map((a) => a.id));
  const txIds = new Set(transfers.map((t) => t.txId));
  const notes: ReportNote[] = all.filter((n) => !n.retracted).map((n) => ({
    id: n.note_id, targetKind: n.target_kind, target: n.target, label: n.label, text: n.text, author: n.created_by, at: n.created_at,
    edited: n.versions > 1, inTrace: n.target_kind === "account" ? accountIds.has(n.target) : txIds.has(n.target),
  }));
  const beside = new Map<string, string[]>();
  for (const n of notes) {
    const key = `${n.targetKind}:${n.target}`;
    beside.set(key, [...(beside.get(key) ?? []), `note ${n.id}${n.label ? ` (${n.label})` : ""}, ${n.author}, ${n.at}: ${n.text}`]);
  }
  for (const a of accounts) { const b = beside.get(`account:${a.id}`); if (b) a.notes = b; }
  for (const t of transfers) { const b = beside.get(`transfer:${t.txId}`); if (b) t.notes = b; }
  const labels = new Map((await currentLabels(db)).filter((l) => l.target_kind === "account").map((l) => [l.target, l]));
  for (const a of accounts) {
    const l = labels.get(a.id);
    if (!l) continue;
    const why = `investigator's label ${l.label} (note ${l.note_id}, ${l.author}): ${l.text}`;
    a.roleReason = LABEL_ROLE[l.label] ? why : `${why}; ${a.roleReason}`;
    a.role = LABEL_ROLE[l.label] ?? a.role;
  }
  return { notes, retracted: all.length - notes.length, custodyHead: head, xref: others };
}
