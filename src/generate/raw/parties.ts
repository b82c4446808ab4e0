// How a counterparty shows in a raw record: a name, a phone where it has one (hawala brokers
// pay out from their own wallets), a till, pay bill or account code, and its institution.
import { hash32 } from "../rng.js";
import type { Ctx } from "../ctx.js";
import type { Transfer } from "../model.js";
import { phoneNumber, type Country } from "../phones.js";

export interface Party { name: string; phone?: string; code: string; institution: string; country: string; id: string }

export function counterparty(ctx: Ctx, id: string): Party {
  const a = ctx.accounts.get(id);
  const code = id.slice(id.search(/[:/][^:/]*$/) + 1);
  if (!a) return { name: id, code, institution: "", country: "", id };
  if (a.kind === "hawala") {
    // The broker pays out from its own wallet: a number, and the broker's name.
    const broker = a.institution;
    return { name: broker.replace(/ \(.*\)$/, ""), phone: phoneNumber(a.country as Country, 30_000 + (hash32(broker) % 500)), code, institution: broker, country: a.country, id };
  }
  return { name: a.holder, ...(a.phone ? { phone: a.phone } : {}), code, institution: a.institution, country: a.country, id };
}

/** The receipt the wallet provider gives a transfer whose canonical id is another carrier's reference. */
export function walletReceipt(t: Transfer): string {
  if (/^T[A-L][0-9A-Z]{8}$/.test(t.id) || /^C[A-L][0-9A-Z]{8}$/.test(t.id)) return t.id;
  const h = hash32(t.id).toString(36).toUpperCase().padStart(7, "0").slice(-7);
  const month = "ABCDEFGHIJKL"[new Date(t.ts * 1000).getUTCMonth()]!;
  return `T${month}X${h}`;
}
