// Notes and labels: the investigator's judgement written into the case (docs/casework.md).
// Every change adds a version (sql/schema/060_case_notes.sql); nothing is overwritten.
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { inputError } from "../errors.js";
import { hasTable } from "./hasTable.js";

export const LABELS = ["suspect", "victim", "relative", "collector", "broker", "leader", "front", "exclude"] as const;
export type Label = (typeof LABELS)[number];
/** Labels that name someone on the extorting side: the investigator's suspects. */
export const SUSPECT_LABELS: readonly Label[] = ["suspect", "collector", "broker", "leader", "front"];

export interface Note {
  note_id: number;
  target_kind: "account" | "transfer";
  target: string;
  label: Label | null;
  text: string;
  retracted: boolean;
  reason: string | null;
  created_by: string;
  created_at: string;
  changed_by: string;
  changed_at: string;
  versions: number;
}

export interface NoteVersion {
  note_id: number;
  version: number;
  action: "add" | "edit" | "retract";
  target_kind: string;
  target: string;
  label: Label | null;
  text: string;
  reason: string | null;
  author: string;
  at: string;
}

export interface CurrentLabel {
  target_kind: "account" | "transfer";
  target: string;
  label: Label;
  text: string;
  author: string;
  at: string;
  note_id: number;
}

type Row = Record<string, unknown>;
const asNote = (r: Row): Note => ({ ...(r as unknown as Note), note_id: Number(r.note_id), versions: Number(r.versions) });

export function checkLabel(label: string | undefined): Label | null {
  if (label === undefined || label === "") return null;
  if (!(LABELS as readonly string[]).includes(label)) throw inputError("bad_label", `unknown label, expected one of ${LABELS.join(", ")}`, { value: label });
  return label as Label;
}

function checkText(text: string): string {
  if (!text.trim()) throw inputError("empty_note", "a note needs text");
  return text;
}

export interface Who { author: string; at: Date }

export async function addNote(db: CaseDb, target: string, text: string, label: Label | null, who: Who): Promise<Note> {
  const found = (await allJson(db.conn, "casework/note_target", { target }))[0]!;
  if (found.is_account && found.is_transfer) throw inputError("ambiguous_target", "both an account and a transfer have this id", { value: target });
  if (!found.is_account && !found.is_transfer) throw inputError("unknown_target", "no account or transfer with this id in the case", { value: target });
  const kind = found.is_account ? "account" : "transfer";
  // A transfer is not a person: it can only be left out of seeds.
  if (kind === "transfer" && label !== null && label !== "exclude") {
    throw inputError("bad_label", "a transfer can only be labelled exclude", { value: label });
  }
  const rows = await allJson(db.conn, "casework/note_add", {
    target_kind: kind, target, label, text: checkText(text), author: who.author, at: who.at.toISOString(),
  });
  return (await getNote(db, Number(rows[0]!.note_id)))!;
}

export async function getNote(db: CaseDb, noteId: number): Promise<Note | undefined> {
  if (!(await hasTable(db.conn, "case_notes"))) return undefined;
  const r = (await allJson(db.conn, "casework/note_get", { note_id: noteId }))[0];
  return r ? asNote(r) : undefined;
}

async function existing(db: CaseDb, noteId: number): Promise<Note> {
  const n = await getNote(db, noteId);
  if (!n) throw inputError("unknown_note", "no note with this id", { value: String(noteId) });
  return n;
}

export async function editNote(db: CaseDb, noteId: number, text: string, label: Label | null, who: Who): Promise<Note> {
  const n = await existing(db, noteId);
  if (n.retracted) throw inputError("note_retracted", "this note is retracted; add a new note instead", { value: String(noteId) });
  if (n.target_kind === "transfer" && label !== null && label !== "exclude") throw inputError("bad_label", "a transfer can only be labelled exclude", { value: label });
  await allJson(db.conn, "casework/note_version_add", {
    note_id: noteId, action: "edit", text: checkText(text), label, reason: null, author: who.author, at: who.at.toISOString(),
  });
  return existing(db, noteId);
}

export async function retractNote(db: CaseDb, noteId: number, reason: string | null, who: Who): Promise<Note> {
  const n = await existing(db, noteId);
  if (n.retracted) throw inputError("note_retracted", "this note is already retracted", { value: String(noteId) });
  await allJson(db.conn, "casework/note_version_add", {
    note_id: noteId, action: "retract", text: null, label: null, reason, author: who.author, at: who.at.toISOString(),
  });
  return existing(db, noteId);
}

export interface ListFilter { target?: string; label?: Label; retracted?: boolean }

export async function listNotes(db: CaseDb, f: ListFilter = {}): Promise<Note[]> {
  if (!(await hasTable(db.conn, "case_notes"))) return [];
  return (await allJson(db.conn, "casework/notes_list", { target: f.target ?? null, label: f.label ?? null, retracted: f.retracted ?? false })).map(asNote);
}

export async function noteHistory(db: CaseDb, noteId: number): Promise<NoteVersion[]> {
  await existing(db, noteId);
  return (await allJson(db.conn, "casework/note_history", { note_id: noteId })).map((r) => ({ ...(r as unknown as NoteVersion), note_id: Number(r.note_id), version: Number(r.version) }));
}

/** The label each account and transfer carries now (the latest labelled note that stands). */
export async function currentLabels(db: CaseDb): Promise<CurrentLabel[]> {
  if (!(await hasTable(db.conn, "case_notes"))) return [];
  return (await allJson(db.conn, "casework/labels")).map((r) => ({ ...(r as unknown as CurrentLabel), note_id: Number(r.note_id) }));
}

/**
 * The investigator's suspects: accounts whose current label is suspect, collector, broker,
 * leader or front. For redaction (issue 10's default-deny: everyone else is protected) and
 * anything else that must know who the investigation is about.
 */
export async function suspectAccounts(db: CaseDb): Promise<CurrentLabel[]> {
  return (await currentLabels(db)).filter((l) => l.target_kind === "account" && SUSPECT_LABELS.includes(l.label));
}

/** Accounts and transfers labelled exclude, with the note that says why. */
export async function exclusions(db: CaseDb): Promise<CurrentLabel[]> {
  return (await currentLabels(db)).filter((l) => l.label === "exclude");
}

export interface ExcludedSeed { tx_id: string; target: string; reason: string; note_id: number }

/** Which of these seed transfers the investigator excluded (the transfer, or an account on either side). */
export async function excludedSeeds(db: CaseDb, txIds: readonly string[]): Promise<ExcludedSeed[]> {
  if (txIds.length === 0 || !(await hasTable(db.conn, "case_notes"))) return [];
  return (await allJson(db.conn, "casework/excluded_seeds", { tx_ids: JSON.stringify(txIds) }))
    .map((r) => ({ tx_id: String(r.tx_id), target: String(r.target), reason: String(r.reason), note_id: Number(r.note_id) }));
}
