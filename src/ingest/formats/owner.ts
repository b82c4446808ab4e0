// Whose statement is it? A statement lists the counterparty of each row; the other side is the
// statement's owner, taken from --owner or from the preamble's mobile number.
import { inputError } from "../../errors.js";
import { phoneAccount } from "../phone.js";

/** The owner's account id: a typed id as given ("wallet:+2547…", "iban:…"), or a phone number. */
export function ownerAccount(given: unknown, country: string | undefined, path: string): string {
  const text = typeof given === "string" ? given.trim() : "";
  if (/^[a-z_]+:/.test(text)) return text;
  const id = text ? phoneAccount(text, country) : null;
  if (!id) {
    throw inputError("no_owner", "statement owner unknown: the preamble names no mobile number; pass --owner", { file: path, value: text || undefined });
  }
  return id;
}
