// Replaces protected people's names, phone numbers and account identifiers by stable
// pseudonyms, in any text and in any JSON-like value (object keys too), before anything is
// written. Pseudonyms are HMAC-SHA256 of a stable key under the case's secret: the same person
// has the same pseudonym in every document of the case, and nobody without the secret can
// reverse it by trying phone numbers.
import { createHmac } from "node:crypto";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { phoneVariants } from "../statements/phone.js";
import type { ProtectedPerson } from "./protectedPeople.js";

export interface Redactor {
  /** How many people are protected. */
  readonly people: number;
  text(s: string): string;
  value<T>(v: T): T;
}

const SEP = /[\s,._-]+/g;
const norm = (s: string) => s.toLowerCase().replace(SEP, " ").trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function createRedactor(secret: string, people: ProtectedPerson[]): Redactor {
  const code = (key: string) => createHmac("sha256", secret).update(key).digest("hex").slice(0, 8).toUpperCase();
  const replacements = new Map<string, string>();
  const patterns: string[] = [];
  const add = (literal: string, replacement: string, asName = false) => {
    const key = norm(literal);
    if (key.length < 3 || replacements.has(key)) return;
    replacements.set(key, replacement);
    const body = asName ? key.split(" ").map(escape).join("[\\s,._-]+") : escape(literal.trim()).replace(/\\?[\s,._-]+/g, "[\\s,._-]+");
    patterns.push(body);
  };
  const nsns = new Map<string, string>();
  for (const p of people) {
    const label = `${p.key.startsWith("victim:") ? "Victim" : "Relative"}-${code(`person:${p.key}`)}`;
    for (const a of p.accounts) {
      const prefix = /^[a-z]+:/.exec(a)?.[0] ?? "";
      const pseudo = `${prefix}redacted-${code(`account:${a}`)}`;
      add(a, pseudo);
      // The number part alone (an IBAN, a bank account number, a reference) is identifying too.
      const number = a.slice(prefix.length).split("/").pop()!;
      if (number.replace(/\W/g, "").length >= 5) add(number, pseudo);
    }
    for (const phone of p.phones) {
      const pseudo = `phone-redacted-${code(`phone:${phone}`)}`;
      add(phone, pseudo);
      if (phone.startsWith("+")) for (const v of phoneVariants(phone)) add(v, pseudo);
      // A number written without its country ("0152 071 74079") is still found by its digits.
      const nsn = phone.startsWith("+") ? parsePhoneNumberFromString(phone)?.nationalNumber : phone.replace(/\D/g, "").replace(/^0+/, "");
      if (nsn && nsn.length >= 7) nsns.set(nsn, pseudo);
    }
    for (const name of p.names) {
      add(name, label, true);
      // Given + father's name alone is how people are usually called: hide that form too.
      const tokens = norm(name).split(" ");
      if (tokens.length > 2) add(tokens.slice(0, 2).join(" "), label, true);
    }
  }
  patterns.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const literal = patterns.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join("|")})(?![\\p{L}\\p{N}])`, "giu") : undefined;
  // Numbers written with spaces, dots or brackets the literal list does not foresee.
  const phoneLike = /\+?\d[\d\s().-]{5,}\d/g;

  const text = (s: string): string => {
    let out = literal ? s.replace(literal, (m) => replacements.get(norm(m)) ?? m) : s;
    if (nsns.size) {
      out = out.replace(phoneLike, (m) => {
        const digits = m.replace(/\D/g, "");
        for (const [nsn, pseudo] of nsns) if (digits.endsWith(nsn)) return pseudo;
        return m;
      });
    }
    return out;
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
  return { people: people.length, text, value };
}
