// Whose statement is it? A statement lists the counterparty of each row; the other side is the
// statement's owner, taken from --owner or from the statement's preamble (mobile number, account).
import { inputError } from "../../errors.js";
import { phoneAccount } from "../phone.js";

const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

/** The owner's account id: a typed id as given ("wallet:+2547…", "iban:…"), an IBAN, a
 *  bank account written "<bank>/<number>", or a phone number (country hint). */
export function ownerAccount(given: unknown, country: string | undefined, path: string): string {
  const text = typeof given === "string" ? given.trim() : "";
  if (/^[a-z_]+:/.test(text)) return text;
  const compact = text.replace(/\s/g, "").toUpperCase();
  if (IBAN.test(compact)) return `iban:${compact}`;
  if (text.includes("/")) return `bank:${text}`;
  const id = text ? phoneAccount(text, country) : null;
  if (!id) {
    throw inputError("no_owner", "statement owner unknown: the preamble names no account or mobile number; pass --owner", { file: path, value: text || undefined });
  }
  return id;
}

/** "Account: X", "IBAN: X", "Account Number: X" in a statement's preamble lines. */
export function preambleAccount(lines: string[]): string | undefined {
  for (const line of lines) {
    const m = /^\s*"?(?:account(?: number| no\.?)?|iban|mobile number|msisdn)\s*:\s*,?\s*"?([^",]+)/i.exec(line);
    if (m) return m[1]!.trim();
  }
  return undefined;
}
