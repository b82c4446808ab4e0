// FollowTheMoney entities as JSON lines, for Aleph/OpenAleph: every account a BankAccount
// (FtM's Payment links accounts of that schema), mobile-money wallets also a UserAccount, the
// holder a Person or LegalEntity (one per resolved entity: "this collector's three wallets"
// are one Person), an Ownership tying holder to account, and a Payment per transfer. Every
// property is a list of strings. Ids are hashes of the (possibly redacted) identifiers.
import { evidenceText } from "./evidenceText.js";
import { createHash } from "node:crypto";
import { accountPhone } from "../statements/accountPhone.js";
import type { ExportData, Row } from "./exportData.js";

interface Entity { id: string; schema: string; properties: Record<string, string[]> }

const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 24);
const str = (v: Row[string] | undefined) => (v === null || v === undefined || v === "" ? [] : [String(v)]);
const ORGANISATION_KINDS = new Set(["service", "cash", "mto", "hawala"]);

export function* toFtm(data: ExportData): Generator<string> {
  const entities: Entity[] = [];
  const accounts = new Map(data.accounts.map((a) => [a.account_id as string, a]));
  const holderOf = (id: string) => `holder-${hash(String(accounts.get(id)?.entity_id ?? id))}`;
  const accountOf = (id: string) => `account-${hash(id)}`;
  const holders = new Set<string>();
  const ensure = (id: string) => {
    if (!accounts.has(id)) accounts.set(id, { account_id: id, kind: "other" });
    return accounts.get(id)!;
  };
  for (const t of data.transfers) { ensure(t.from_account as string); ensure(t.to_account as string); }
  for (const [id, a] of [...accounts].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const holder = holderOf(id);
    const country = str(a.country).map((c) => c.toLowerCase());
    entities.push({ id: accountOf(id), schema: "BankAccount", properties: {
      name: [id], accountNumber: [id.replace(/^[a-z]+:/, "")], accountType: str(a.kind), bankName: str(a.institution),
      country, ...(id.startsWith("iban:") ? { iban: [id.slice(5)] } : {}),
    } });
    if (!holders.has(holder)) {
      holders.add(holder);
      const name = a.entity_name ?? a.holder_name ?? id;
      const person = a.holder_name && !ORGANISATION_KINDS.has(String(a.kind));
      entities.push({ id: holder, schema: person ? "Person" : "LegalEntity", properties: { name: [String(name)], country } });
    }
    entities.push({ id: `ownership-${hash(id)}`, schema: "Ownership", properties: { owner: [holder], asset: [accountOf(id)], role: ["account holder"] } });
    if (a.kind === "mobile_money") {
      entities.push({ id: `user-${hash(id)}`, schema: "UserAccount", properties: {
        username: [id], service: str(a.institution), number: str(accountPhone(id)), owner: [holder],
      } });
    }
  }
  // The investigator's notes: a Note on an account's BankAccount; on a transfer, in its Payment's description.
  const noteText = (n: Row) => `investigator's note ${n.note_id}${n.label ? ` (label ${n.label})` : ""} by ${n.author}, ${n.at}: ${n.text}`;
  const txNotes = new Map<string, string[]>();
  for (const n of data.notes ?? []) {
    if (n.target_kind === "transfer") txNotes.set(String(n.target), [...(txNotes.get(String(n.target)) ?? []), noteText(n)]);
    else if (accounts.has(String(n.target))) {
      entities.push({ id: `note-${hash(`note:${n.note_id}`)}`, schema: "Note", properties: {
        entity: [accountOf(String(n.target))], description: [String(n.text)], summary: [noteText(n)], keywords: str(n.label), createdAt: str(n.at),
      } });
    }
  }
  for (const t of data.transfers) {
    const from = t.from_account as string;
    const to = t.to_account as string;
    const description = [
      ...(t.inferred === true ? [`inferred link (no record contains it), confidence ${t.inferred_confidence ?? "?"}: ${evidenceText(t.inferred_evidence)}`] : []),
      ...(t.tainted !== null && t.tainted !== undefined ? [`traced: ${t.tainted} ${data.currency} tainted at hop ${t.hop}`] : []),
      ...(t.source_file ? [`source: ${t.source_file} row ${t.source_row} (sha256 ${t.source_sha256})`] : []),
      ...(txNotes.get(String(t.tx_id)) ?? []),
    ];
    entities.push({ id: `payment-${hash(String(t.tx_id))}`, schema: "Payment", properties: {
      payer: [holderOf(from)], payerAccount: [accountOf(from)], beneficiary: [holderOf(to)], beneficiaryAccount: [accountOf(to)],
      amount: str(t.amount), currency: str(t.currency), date: [String(t.timestamp).replace(/Z$/, "")],
      transactionNumber: str(t.tx_id), purpose: str(t.reference), description,
    } });
  }
  for (const e of entities) yield JSON.stringify(e) + "\n";
}
