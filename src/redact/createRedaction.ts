// The one redaction pass shared by `report --redact` and every `export --redact` format
// (docs/security.md, Redaction). Default-deny: every account of the case is taken for a natural
// person's and pseudonymised, with its holder's names, phone numbers and account numbers
// wherever they appear (ids, holder names, references, M-Pesa details, statement notes), except
// the accounts the investigator marked as suspects and accounts that are not people (services,
// cash points, agents, merchants). Numbers that look like a phone or an IBAN are pseudonymised
// even when the case does not know whose they are. Pseudonyms are HMAC-SHA256 under the case's
// secret: the same person or number has the same pseudonym in every document of the case, and
// nobody without the secret can reverse one by trying phone numbers.
import { createHmac } from "node:crypto";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { accountPhone } from "../statements/accountPhone.js";
import { maskedMatches } from "../statements/phone.js";
import { notPerson as notPersonId } from "./notPerson.js";
import type { ProtectedPerson } from "./protectedPeople.js";

export interface Redaction {
  /** How many people (victims, relatives, other holders) are pseudonymised. */
  readonly people: number;
  /** The accounts left visible as suspects' (marked, or masked numbers that are theirs). */
  readonly suspects: readonly string[];
  text(s: string): string;
  /** Any JSON-like value: every string in it, object keys too. */
  value<T>(v: T): T;
}

export interface CaseAccount {
  account_id: string;
  kind: string | null;
  holder_name: string | null;
  entity_id?: string | null;
  entity_name?: string | null;
}

export interface RedactionInput {
  accounts: readonly CaseAccount[];
  /** Victims and relatives (from statements and seed payers): labelled Victim-/Relative-. */
  protectedPeople: readonly ProtectedPerson[];
  /** Account ids the investigator marked as suspects. */
  suspects: readonly string[];
}

const ID_PREFIXES = ["wallet", "iban", "bank", "mto", "hawala", "masked", "crypto", "other", "service", "cash", "agent", "merchant"];

/** Lower case without accents: "Samuél" and "SAMUEL" are the same spelling to hide. */
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const WORD = /[\p{L}\p{N}'’]+/gu;
const NAME_GAP = /^[\s,._-]+$/;
const NUMBER_GAP = /^[\s.-]+$/;
const MAX_GRAM = 8;

function words(s: string): string[] {
  return fold(s).match(WORD) ?? [];
}

/** Whether a token is a valid IBAN (mod 97), so an unknown one in free text is recognised. */
function isIban(t: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(t)) return false;
  const moved = (t.slice(4) + t.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let r = 0;
  for (const d of moved) r = (r * 10 + Number(d)) % 97;
  return r === 1;
}

/** The national significant number of a phone in E.164, or its digits without trunk zeros. */
function nsnOf(phone: string): string | undefined {
  const nsn = phone.startsWith("+") ? parsePhoneNumberFromString(phone)?.nationalNumber : phone.replace(/\D/g, "").replace(/^0+/, "");
  return nsn && nsn.length >= 7 ? nsn : undefined;
}

interface Piece { s: string; done: boolean }

export function createRedaction(secret: string, input: RedactionInput): Redaction {
  const code = (key: string) => createHmac("sha256", secret).update(key).digest("hex").slice(0, 8).toUpperCase();
  const suspects = new Set(input.suspects);
  const suspectPhones = [...suspects].map(accountPhone).filter((p): p is string => !!p && p.startsWith("+"));
  const suspectNames = new Set<string>();
  for (const a of input.accounts) if (suspects.has(a.account_id)) for (const n of [a.holder_name, a.entity_name]) if (n?.trim()) suspectNames.add(words(n).join(" "));
  // A masked number (masked:07*****841) that fits a suspect's wallet, under a suspect's name or
  // none, is that suspect seen from the other side of a transfer.
  for (const a of input.accounts) {
    if (!a.account_id.startsWith("masked:") || suspects.has(a.account_id)) continue;
    const name = a.holder_name ? words(a.holder_name).join(" ") : undefined;
    if (suspectPhones.some((p) => maskedMatches(a.account_id, p)) && (!name || suspectNames.has(name))) suspects.add(a.account_id);
  }
  const notPerson = (a: CaseAccount) => notPersonId(a.account_id, a.kind);

  // People: victims and relatives first (their labels), then every other holder of an account.
  interface Person { label: string; names: Set<string>; phones: Set<string>; accounts: Set<string> }
  const people = new Map<string, Person>();
  const owner = new Map<string, Person>();
  for (const p of input.protectedPeople) {
    const label = `${p.key.startsWith("victim:") ? "Victim" : "Relative"}-${code(`person:${p.key}`)}`;
    const person: Person = { label, names: new Set(p.names), phones: new Set(p.phones), accounts: new Set(p.accounts) };
    people.set(p.key, person);
    for (const a of p.accounts) if (!owner.has(a)) owner.set(a, person);
  }
  for (const a of input.accounts) {
    if (suspects.has(a.account_id) || notPerson(a)) continue;
    let person = owner.get(a.account_id);
    if (!person) {
      const key = a.entity_id ? `entity:${a.entity_id}` : `account:${a.account_id}`;
      person = people.get(key);
      if (!person) people.set(key, (person = { label: `Person-${code(`person:${key}`)}`, names: new Set(), phones: new Set(), accounts: new Set() }));
      owner.set(a.account_id, person);
    }
    person.accounts.add(a.account_id);
    for (const n of [a.holder_name, a.entity_name]) if (n?.trim()) person.names.add(n.trim());
    const phone = accountPhone(a.account_id);
    if (phone) person.phones.add(phone);
  }
  // A suspect's account a statement named as a payer's stays the suspect's.
  for (const p of people.values()) for (const a of p.accounts) if (suspects.has(a)) p.accounts.delete(a);

  // What to replace. Names are looked up as word n-grams ("tesfay gebremedhin"), account
  // numbers as the same words run together ("se4550000000…"); a null replacement keeps a
  // suspect's identifier as it is (the longest match wins, so a suspect's full name is kept
  // even where a relative's shorter name is inside it).
  const ids = new Map<string, string | null>();
  const names = new Map<string, string | null>();
  const numbers = new Map<string, string | null>();
  const nsns = new Map<string, string>();
  const deny = (map: Map<string, string | null>, key: string, to: string) => {
    const prior = map.get(key);
    if (key.length >= 3 && (prior === undefined || prior === null)) map.set(key, to);
  };
  const allow = (map: Map<string, string | null>, key: string) => {
    if (key.length >= 3 && !map.has(key)) map.set(key, null);
  };
  const accountPseudonym = (id: string) => {
    const m = /^([a-z_]+:)(?:(.*)\/)?[^/]*$/.exec(id);
    const prefix = m?.[1] ?? "";
    // The institution (bank, operator, hawala business) is no person: keep it.
    const institution = prefix && m?.[2] && !/\d{5}|\+\d/.test(m[2]) ? `${m[2]}/` : "";
    return `${prefix}${institution}redacted-${code(`account:${id}`)}`;
  };
  const numberPart = (id: string) => id.replace(/^[a-z_]+:/, "").split("/").pop()!;
  const sortedPeople = [...people.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
  for (const p of sortedPeople) {
    for (const a of [...p.accounts].sort()) {
      const pseudo = accountPseudonym(a);
      ids.set(a, pseudo);
      // The number alone (in a file name, a reference) is the pseudonym without its prefix.
      const number = words(numberPart(a)).join("");
      if (number.replace(/\D/g, "").length >= 5) deny(numbers, number, pseudo.replace(/^[a-z_]+:(?:.*\/)?/, ""));
    }
    for (const phone of [...p.phones].sort()) {
      const pseudo = `phone-redacted-${code(`phone:${phone}`)}`;
      const nsn = nsnOf(phone);
      if (nsn && !nsns.has(nsn)) nsns.set(nsn, pseudo);
      deny(numbers, words(phone).join(""), pseudo);
    }
    for (const n of [...p.names].sort()) {
      const w = words(n);
      deny(names, w.join(" "), p.label);
      // Given and father's name alone is how people are usually called: hide that form too.
      if (w.length > 2) deny(names, w.slice(0, 2).join(" "), p.label);
    }
  }
  const suspectNsns = new Set(suspectPhones.map(nsnOf).filter((n): n is string => !!n));
  for (const id of suspects) {
    ids.set(id, null);
    const number = words(numberPart(id)).join("");
    if (number.length >= 5) allow(numbers, number);
  }
  for (const n of suspectNames) allow(names, n);
  for (const a of input.accounts) if (notPerson(a) && !ids.has(a.account_id)) ids.set(a.account_id, null);
  const maxId = Math.max(0, ...[...ids.keys()].map((k) => k.length));

  // 1. Account ids, known or not, wherever they are written.
  const idStart = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${ID_PREFIXES.join("|")}):(?=\\S)`, "gu");
  const delimiter = /[\s,;|()"'<>[\]{}]/;
  const accountIds = (s: string): Piece[] => {
    const exact = ids.get(s);
    if (exact !== undefined) return [{ s: exact ?? s, done: true }];
    const out: Piece[] = [];
    let last = 0;
    for (const m of s.matchAll(idStart)) {
      const at = m.index!;
      if (at < last) continue;
      let found: string | undefined;
      for (let end = Math.min(s.length, at + maxId); end > at + m[0].length; end--) {
        if (end < s.length && !delimiter.test(s[end]!) && s[end] !== ".") continue;
        if (ids.has(s.slice(at, end))) { found = s.slice(at, end); break; }
      }
      let replacement: string;
      let end: number;
      if (found !== undefined) {
        end = at + found.length;
        replacement = ids.get(found) ?? found;
      } else {
        // Unknown to the case: a person's unless its prefix says otherwise (default deny).
        const rest = s.slice(at).search(delimiter);
        end = rest < 0 ? s.length : at + rest;
        const token = s.slice(at, end);
        if (notPersonId(token)) continue;
        replacement = accountPseudonym(token);
      }
      if (at > last) out.push({ s: s.slice(last, at), done: false });
      out.push({ s: replacement, done: true });
      last = end;
    }
    if (last < s.length) out.push({ s: s.slice(last), done: false });
    return out;
  };

  // 2. Names and account numbers as word n-grams; unknown IBANs.
  const wordsIn = (s: string): Piece[] => {
    const tokens = [...s.matchAll(WORD)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, w: fold(m[0]), raw: m[0] }));
    const out: Piece[] = [];
    let last = 0;
    for (let i = 0; i < tokens.length; i++) {
      let hit: { n: number; to: string | null } | undefined;
      for (let n = Math.min(MAX_GRAM, tokens.length - i); n >= 1 && !hit; n--) {
        let nameOk = true;
        let numberOk = true;
        for (let k = i + 1; k < i + n; k++) {
          const gap = s.slice(tokens[k - 1]!.end, tokens[k]!.at);
          if (!NAME_GAP.test(gap)) nameOk = false;
          if (!NUMBER_GAP.test(gap)) numberOk = false;
        }
        const grams = tokens.slice(i, i + n).map((t) => t.w);
        if (nameOk && names.has(grams.join(" "))) hit = { n, to: names.get(grams.join(" "))! };
        else if (numberOk && numbers.has(grams.join(""))) hit = { n, to: numbers.get(grams.join(""))! };
      }
      const t = tokens[i]!;
      if (!hit && isIban(t.raw.toUpperCase()) && /^[A-Z]{2}/.test(t.raw)) hit = { n: 1, to: `iban-redacted-${code(`account:iban:${t.raw.toUpperCase()}`)}` };
      if (!hit) continue;
      const end = tokens[i + hit.n - 1]!.end;
      if (t.at > last) out.push({ s: s.slice(last, t.at), done: false });
      out.push({ s: hit.to ?? s.slice(t.at, end), done: true });
      last = end;
      i += hit.n - 1;
    }
    if (last < s.length) out.push({ s: s.slice(last), done: false });
    return out;
  };

  // 3. Masked numbers (07*****854): a suspect's stays, any other is hidden.
  const maskedRe = /(?<![\p{L}\p{N}])\+?\d{1,5}\*{2,}\d{1,4}(?![\p{L}\p{N}])/gu;
  const masked = (m: string) => (suspectPhones.some((p) => maskedMatches(m, p)) ? m : `phone-redacted-${code(`masked:${m}`)}`);

  // 4. Phone numbers in any spelling: a known person's by its national number, an unknown one
  // when it is written as a phone (+…, 0…, or a valid international number).
  const phoneRe = /(?<![\p{L}\p{N}*+.,:/_-])\+?\d[\d ()-]{5,}\d(?![\p{L}\p{N}*_]|[.,:/-]\d)/gu;
  const phone = (m: string): string => {
    const digits = m.replace(/\D/g, "");
    if (digits.length < 7 || /^\d{4}-\d{2}-\d{2}/.test(m)) return m;
    for (let k = Math.min(digits.length, 15); k >= 7; k--) {
      const tail = digits.slice(-k);
      if (suspectNsns.has(tail)) return m;
      const pseudo = nsns.get(tail);
      if (pseudo) return pseudo;
    }
    const international = m.startsWith("+") || m.startsWith("00") ? parsePhoneNumberFromString(`+${digits.replace(/^00/, "")}`) : undefined;
    const looksLikePhone = (digits.length <= 15 && digits.length >= 8 && (m.startsWith("0") || m.startsWith("+"))) || !!international?.isPossible()
      || (digits.length >= 10 && digits.length <= 15 && !!parsePhoneNumberFromString(`+${digits}`)?.isValid());
    return looksLikePhone ? `phone-redacted-${code(`phone:${digits}`)}` : m;
  };

  const apply = (pieces: Piece[], f: (s: string) => Piece[]): Piece[] => pieces.flatMap((p) => (p.done ? [p] : f(p.s)));
  const regex = (re: RegExp, f: (m: string) => string) => (s: string): Piece[] => [{ s: s.replace(re, f), done: false }];

  // Documents repeat the same ids and names thousands of times: remember recent answers.
  const memo = new Map<string, string>();
  const text = (s: string): string => {
    if (!s) return s;
    const known = memo.get(s);
    if (known !== undefined) return known;
    if (memo.size >= 200_000) memo.clear();
    const result = redactText(s);
    memo.set(s, result);
    return result;
  };
  const redactText = (s: string): string => {
    let pieces = accountIds(s);
    pieces = apply(pieces, wordsIn);
    pieces = apply(pieces, regex(maskedRe, masked));
    pieces = apply(pieces, regex(phoneRe, phone));
    return pieces.map((p) => p.s).join("");
  };
  const value = <T>(v: T): T => {
    if (typeof v === "string") return text(v) as T;
    if (Array.isArray(v)) return v.map(value) as T;
    if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[text(k)] = value(x);
      return out as T;
    }
    return v;
  };
  return { people: sortedPeople.length, suspects: [...suspects].sort(), text, value };
}
