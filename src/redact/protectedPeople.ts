// Who redaction protects: victims and relatives, that is the people named in statements and
// the senders of seed transfers. One person may appear as a statement's payer and as the
// holder of the account that statement was matched to: they are one person, one pseudonym.
// Suspects (receivers) are never on this list.
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { accountPhone } from "../statements/accountPhone.js";
import { toE164 } from "../statements/phone.js";
import { notPerson } from "./notPerson.js";

export interface ProtectedPerson {
  /** Stable key the pseudonym is derived from. */
  key: string;
  names: string[];
  phones: string[];
  accounts: string[];
}

export async function protectedPeople(db: CaseDb): Promise<ProtectedPerson[]> {
  const people = new Map<string, ProtectedPerson>();
  const get = (key: string) => {
    let p = people.get(key);
    if (!p) people.set(key, (p = { key, names: [], phones: [], accounts: [] }));
    return p;
  };
  const addAccount = (p: ProtectedPerson, account: string, holder: string | null) => {
    // A seed paid out by an operator's pool (an MTO payout read from the wallet's statement)
    // has the pool as sender: the pool is no relative, the relative is named in the reference.
    if (notPerson(account)) return;
    if (!p.accounts.includes(account)) p.accounts.push(account);
    if (holder && !p.names.includes(holder)) p.names.push(holder);
    const phone = accountPhone(account);
    if (phone && !p.phones.includes(phone)) p.phones.push(phone);
  };
  const holders = new Map<string, string | null>();
  for (const r of await allJson(db.conn, "redact/payer_accounts")) {
    holders.set(r.account_id as string, (r.holder_name as string | null) ?? null);
    if (notPerson(r.account_id as string)) continue;
    addAccount(get(`account:${r.account_id}`), r.account_id as string, (r.holder_name as string | null) ?? null);
  }
  for (const r of await allJson(db.conn, "redact/statement_people")) {
    const victim = (r.victim as string | null)?.trim();
    if (victim) {
      const v = get(`victim:${victim.toLowerCase()}`);
      if (!v.names.includes(victim)) v.names.push(victim);
    }
    const payerAccount = r.payer_account as string | null;
    const name = (r.payer_name as string | null)?.trim();
    const phoneText = (r.payer_phone as string | null)?.trim();
    if (!payerAccount && !name && !phoneText) continue;
    const p = payerAccount && !notPerson(payerAccount) ? get(`account:${payerAccount}`) : get(`payer:${(name ?? phoneText ?? "").toLowerCase()}`);
    if (payerAccount) addAccount(p, payerAccount, holders.get(payerAccount) ?? null);
    if (name && !p.names.includes(name)) p.names.push(name);
    if (phoneText) {
      const e164 = toE164(phoneText);
      if (e164 && !p.phones.includes(e164)) p.phones.push(e164);
      // As written too: an unparseable number is still an identifier to hide.
      if (!p.phones.includes(phoneText)) p.phones.push(phoneText);
    }
  }
  return [...people.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
