// How an account is named in charts: its holder where known, else its identifier, shortened.
import type { ReportAccount } from "./model.js";

export function shorten(text: string, max = 26): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join("") + "…";
}

export function accountLabel(id: string, account: ReportAccount | undefined, max = 26): string {
  // A hawala book entry is the broker's, in a customer's name: named by the broker, so a
  // relative paying in at a broker does not read as paying himself (the customer is in the title).
  if (account?.kind === "hawala" && account.institution) return shorten(`${account.institution.replace(/\s*\([^)]*\)\s*$/, "")} (hawala)`, max);
  const holder = account?.holder?.trim();
  return shorten(holder ? holder : id, max);
}

export function accountTitle(id: string, account: ReportAccount | undefined): string {
  const parts = [id];
  if (account?.holder) parts.push(account.kind === "hawala" ? `customer ${account.holder}` : account.holder);
  if (account) parts.push(account.role);
  if (account?.institution || account?.country) parts.push([account.institution, account.country].filter(Boolean).join(", "));
  return parts.join(" · ");
}
