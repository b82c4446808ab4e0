// Links between accounts that may belong to one person or organisation, each with a
// confidence and the evidence in words: the same phone number inside two account ids (a
// wallet and the MTO or hawala reference that names it), a shared identifier from a KYC file
// (national id, passport), or holder names that are spelling variants of one name. Names are
// compared only within blocks (same given-name skeleton), and a name shared by many accounts
// counts for less: "Mohammed Ali" is many people.
import { createHash } from "node:crypto";
import { accountPhone } from "../statements/accountPhone.js";
import { prepareName, preparedSimilarity, type PreparedName } from "./preparedName.js";

export interface AccountInfo { account_id: string; kind: string; holder_name: string | null; country: string | null }
export interface Identifier { account_id: string; type: string; value: string }
export interface Link { a: string; b: string; kind: string; confidence: number; evidence: string[] }

const NAME_MIN = 0.88;
/** Confidence per unit of name similarity: full patronymic names, two-part names. */
export const NAME_FULL = 0.78;
const NAME_TWO = 0.7;
const NO_PERSON = new Set(["service", "cash"]);

export function findLinks(accounts: AccountInfo[], identifiers: Identifier[] = []): Link[] {
  const links = new Map<string, Link>();
  const add = (x: string, y: string, kind: string, confidence: number, evidence: string) => {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    const l = links.get(key);
    if (!l) links.set(key, { a, b, kind, confidence, evidence: [evidence] });
    else {
      l.evidence.push(evidence);
      // Independent evidence strengthens a link: 1 - (1-p)(1-q).
      l.confidence = Math.round((1 - (1 - l.confidence) * (1 - confidence)) * 1000) / 1000;
      if (confidence > 0.9) l.kind = kind;
    }
  };
  const groups = new Map<string, string[]>();
  const group = (k: string, id: string) => { const g = groups.get(k) ?? []; if (!g.includes(id)) g.push(id); groups.set(k, g); };
  for (const a of accounts) {
    const phone = accountPhone(a.account_id);
    if (phone) group(`phone\u0000${phone}`, a.account_id);
  }
  for (const i of identifiers) group(`${i.type}\u0000${i.value.trim().toUpperCase()}`, i.account_id);
  for (const [k, ids] of [...groups].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const [type, value] = k.split("\u0000");
    ids.sort();
    for (let i = 1; i < ids.length; i++) {
      add(ids[0]!, ids[i]!, type === "phone" ? "shared_phone" : "shared_identifier", type === "phone" ? 0.95 : 0.98,
        type === "phone" ? `both accounts carry the phone number ${value}` : `both accounts have ${type} ${value}`);
    }
  }
  // Names are compared within blocks of the same given and father's name skeletons: spelling
  // variants share them (Tesfay/Tesfai → tsf), and a block stays small in a large case.
  const blocks = new Map<string, { a: AccountInfo; n: PreparedName }[]>();
  for (const a of accounts) {
    if (!a.holder_name || NO_PERSON.has(a.kind)) continue;
    const n = prepareName(a.holder_name);
    if (n.tokens.length < 2) continue;
    const key = `${n.skeletons[0]}|${n.skeletons[1]!.slice(0, 3)}`;
    const block = blocks.get(key) ?? [];
    block.push({ a, n });
    blocks.set(key, block);
  }
  for (const [, block] of [...blocks].sort(([x], [y]) => (x < y ? -1 : 1))) {
    // Fifty accounts under one given and father's name are many people: the name says nothing.
    if (block.length < 2 || block.length > 50) continue;
    const sims = block.map((x, i) => block.map((y, j) => (j === i ? 0 : j < i ? -1 : preparedSimilarity(x.n, y.n))));
    for (let i = 0; i < block.length; i++) for (let j = 0; j < i; j++) sims[i]![j] = sims[j]![i]!;
    const alike = sims.map((row) => row.filter((v) => v >= NAME_MIN).length);
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const sim = sims[i]![j]!;
        if (sim < NAME_MIN) continue;
        const { a: x, n: nx } = block[i]!;
        const { a: y, n: ny } = block[j]!;
        // A full patronymic name (given, father, grandfather) says much more than two names:
        // "Brian Wanjiru" is many people. Names alone stay below the default threshold:
        // namesakes exist, so a name joins accounts only with other evidence (corroborate.ts).
        const full = Math.min(nx.tokens.length, ny.tokens.length) >= 3;
        let confidence = sim * (full ? NAME_FULL : NAME_TWO);
        const notes = [`holder names "${x.holder_name}" and "${y.holder_name}" are alike (name similarity ${sim.toFixed(2)}${full ? "" : ", only two names"})`];
        // Many accounts under one two-part name are many people; under one full patronymic name
        // they are more often one person's wallets, accounts and hawala client entries.
        if (alike[i]! > 4 && !full) { confidence *= 0.7; notes.push(`a common name: ${alike[i]! + 1} accounts have names like it`); }
        if (x.country && y.country && x.country !== y.country) { confidence *= 0.95; notes.push(`accounts in different countries (${x.country}, ${y.country})`); }
        add(x.account_id, y.account_id, "similar_name", Math.round(confidence * 1000) / 1000, notes.join("; "));
      }
    }
  }
  return [...links.values()].sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
}

export function entityId(firstAccount: string): string {
  return `E-${createHash("sha256").update(firstAccount).digest("hex").slice(0, 10).toUpperCase()}`;
}
