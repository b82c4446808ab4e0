// One camt entry (Ntry) → a staged transfer between the statement's account (the owner) and
// the entry's counterparty: for a credit (CRDT) the debtor paid the owner, for a debit (DBIT)
// the owner paid the creditor. Entries not booked (PDNG pending, INFO) moved no money yet.
export type Node = Record<string, unknown>;

export interface CamtEntry {
  owner: string;
  /** The counterparty's id, name and bank (for the case's accounts). */
  party?: { id: string; name: string | null; bank: string | null };
  transfer?: {
    tx_id: string; timestamp: string | null; from_account: string | null; to_account: string | null;
    amount: string | null; currency: string | null; channel: string; reference: string | null;
  };
  reject?: { column_name: string; value: string; reason_code: string; reason: string };
}

const obj = (v: unknown): Node => (v && typeof v === "object" && !Array.isArray(v) ? (v as Node) : {});
const first = (v: unknown): Node => obj(Array.isArray(v) ? v[0] : v);
const text = (v: unknown): string | null => (v === undefined || v === null || typeof v === "object" ? null : String(v));

/** A camt account (Acct, DbtrAcct, CdtrAcct) → iban:… or bank:<servicer BIC>/<other id>. */
export function camtAccount(acct: Node, servicerBic?: string | null): string | null {
  const id = obj(acct.Id);
  const iban = text(id.IBAN);
  if (iban) return `iban:${iban.replace(/\s/g, "").toUpperCase()}`;
  const other = text(obj(id.Othr).Id);
  if (other) return `bank:${servicerBic ?? "unknown"}/${other}`;
  return null;
}

function bic(agent: Node): string | null {
  const fi = obj(agent.FinInstnId);
  return text(fi.BICFI) ?? text(fi.BIC) ?? null;
}

/** The statement account's holder name and servicing bank (BIC or name), where given. */
export function camtOwnerDetails(rec: Node): { name: string | null; bank: string | null } {
  const acct = obj(rec.Acct);
  const svcr = obj(obj(acct.Svcr).FinInstnId);
  return { name: text(obj(acct.Ownr).Nm) ?? text(acct.Nm), bank: text(svcr.BICFI) ?? text(svcr.BIC) ?? text(svcr.Nm) };
}

/** The account a statement, notification or report is about. */
export function camtOwner(rec: Node): string {
  const acct = obj(rec.Acct);
  return camtAccount(acct, bic(obj(acct.Svcr))) ?? `bank:unknown/${text(rec.Id) ?? "statement"}`;
}

export function camtEntry(rec: Node, ntry: Node, index: number, toIso: (local: string) => string): CamtEntry {
  const owner = camtOwner(rec);
  const status = text(obj(ntry.Sts).Cd) ?? text(ntry.Sts) ?? "BOOK";
  const amt = obj(ntry.Amt);
  const credit = text(ntry.CdtDbtInd) === "CRDT";
  const tx = first(first(ntry.NtryDtls).TxDtls);
  const parties = obj(tx.RltdPties);
  const agents = obj(tx.RltdAgts);
  // v8 wraps the party in Pty; older versions put Nm/Id directly under Dbtr/Cdtr.
  const party = obj(credit ? parties.Dbtr : parties.Cdtr);
  const partyName = text(obj(party.Pty).Nm) ?? text(party.Nm);
  const partyAcct = camtAccount(obj(credit ? parties.DbtrAcct : parties.CdtrAcct), bic(obj(credit ? agents.DbtrAgt : agents.CdtrAgt)));
  const counterparty = partyAcct ?? (partyName ? `other:${partyName}` : `service:${owner.split(":")[1]!.split("/")[0]}-unspecified`);
  const refs = obj(tx.Refs);
  const txId = text(ntry.AcctSvcrRef) ?? text(ntry.NtryRef) ?? text(refs.AcctSvcrRef) ?? text(refs.EndToEndId)
    ?? `${text(rec.Id) ?? "camt"}:${index + 1}`;
  if (status !== "BOOK") {
    return { owner, reject: { column_name: "Sts", value: status, reason_code: "not_booked", reason: `entry status ${status}: not booked, no money moved yet` } };
  }
  const booking = obj(ntry.BookgDt);
  const dtTm = text(booking.DtTm);
  const dt = text(booking.Dt) ?? text(obj(ntry.ValDt).Dt);
  const remittance = obj(tx.RmtInf);
  const reference = [text(remittance.Ustrd), text(obj(obj(remittance.Strd).CdtrRefInf).Ref), text(ntry.AddtlNtryInf), partyName]
    .filter((x): x is string => Boolean(x)).join(" | ") || null;
  return {
    owner,
    party: { id: counterparty, name: partyName, bank: bic(obj(credit ? agents.DbtrAgt : agents.CdtrAgt)) },
    transfer: {
      tx_id: txId,
      timestamp: dtTm ?? (dt ? toIso(`${dt}T00:00:00`) : null),
      from_account: credit ? counterparty : owner,
      to_account: credit ? owner : counterparty,
      amount: text(amt["#text"]), currency: text(amt["@Ccy"]), channel: "bank", reference,
    },
  };
}
