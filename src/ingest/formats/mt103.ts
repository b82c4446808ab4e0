// SWIFT MT103 single customer credit transfers (FIN text, several messages per file, ACK
// envelopes, '$'-separated RJE). One staged transfer per MT103: ordering customer (50a) →
// beneficiary (59a), value date and settled amount from 32A (decimal comma), the instructed
// amount from 33B when present (what left the customer; 32A is what was settled after charges).
import { readFileSync } from "node:fs";
import type { FormatReader, StageContext } from "../format.js";
import { inputError } from "../../errors.js";
import { appendDerived, appendRejects, appendTransfers, type DerivedAccount, type StagedReject, type StagedTransfer } from "./stageRows.js";
import { mtItems, type MtMessage } from "./mtMessages.js";
import { applyDerivedAccounts, createDerivedAccounts } from "./derivedAccounts.js";
import { localIso } from "./zone.js";

const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

/** "3700," → "3700", "1321,00" → "1321.00", "1417,8" → "1417.8" (SWIFT decimal comma). */
export function swiftAmount(text: string): string {
  return text.trim().replace(",", ".").replace(/\.$/, "");
}

/** A party field (50K/50A/50F/59/59A/59F): its account (the /line) and name (the next line). */
export function swiftParty(value: string | undefined): { account: string | null; name: string | null } {
  if (!value) return { account: null, name: null };
  const lines = value.split("\n").map((l) => l.trim()).filter(Boolean);
  const account = lines[0]?.startsWith("/") ? lines.shift()!.slice(1).trim() : null;
  const name = (lines[0] ?? "").replace(/^1\//, "") || null;
  return { account: account || null, name };
}

function accountId(account: string | null, bank: string | null, name: string | null, ref: string): string {
  if (account) {
    const compact = account.replace(/\s/g, "").toUpperCase();
    return IBAN.test(compact) ? `iban:${compact}` : `bank:${bank ?? "unknown"}/${account}`;
  }
  // No account line: the party is known by name (and bank) only; the reference keeps it distinct.
  return `bank:${bank ?? "unknown"}/${name ?? `unnamed-${ref}`}`;
}

async function stageMt103(ctx: StageContext): Promise<void> {
  const items = mtItems(readFileSync(ctx.path, "utf8"));
  if (!items.some((i) => i.kind === "message")) throw inputError("not_this_format", "no SWIFT FIN message ({1:…}{2:…}{4: … -}) found", { file: ctx.path });
  const transfers: StagedTransfer[] = [];
  const rejects: StagedReject[] = [];
  const derived: DerivedAccount[] = [];
  const seen = new Map<string, number>();
  // rows are the file's items in order: messages, truncated messages and text between them
  items.forEach((item, i) => {
    const row = i + 1;
    if (item.kind !== "message") {
      rejects.push(item.kind === "truncated"
        ? { source_row: row, raw: item.raw, column_name: null, value: null, reason_code: "truncated_message", reason: "message without its end (-}) before the next message or the end of the file" }
        : { source_row: row, raw: item.raw, column_name: null, value: null, reason_code: "not_a_message", reason: "text between messages that is no SWIFT message" });
      return;
    }
    const msg = item.message;
    if (msg.type !== "103") {
      rejects.push({ source_row: row, raw: msg.raw, column_name: "2", value: `MT${msg.type}`, reason_code: "not_mt103", reason: `message type MT${msg.type} is not a customer credit transfer (MT103)` });
      return;
    }
    const t = toTransfer(msg, row, ctx.options.timezone ?? "UTC", seen, derived);
    transfers.push(t);
  });
  await createDerivedAccounts(ctx.db);
  await appendTransfers(ctx.db, transfers);
  await appendRejects(ctx.db, rejects);
  await appendDerived(ctx.db, derived);
  await applyDerivedAccounts(ctx.db);
}

function toTransfer(msg: MtMessage, row: number, zone: string, seen: Map<string, number>, derived: DerivedAccount[]): StagedTransfer {
  const f = (tag: RegExp) => msg.fields.find((x) => tag.test(x.tag))?.value;
  const ref = (f(/^20$/) ?? "").trim() || `mt103-${row}`;
  const k = (seen.get(ref) ?? 0) + 1;
  seen.set(ref, k);
  const m32 = /^(\d{2})(\d{2})(\d{2})([A-Z]{3})([\d,]+)$/.exec((f(/^32A$/) ?? "").trim());
  const m33 = /^([A-Z]{3})([\d,]+)$/.exec((f(/^33B$/) ?? "").trim());
  const orderingBank = f(/^52A$/)?.trim().split("\n").pop()!.slice(0, 8) ?? msg.sender;
  const beneficiaryBank = f(/^57A$/)?.trim().split("\n").pop()!.slice(0, 8) ?? msg.receiver;
  const payer = swiftParty(f(/^50[AFK]$/));
  const payee = swiftParty(f(/^59[AF]?$/));
  const from = accountId(payer.account, orderingBank, payer.name, ref);
  const to = accountId(payee.account, beneficiaryBank, payee.name, ref);
  derived.push({ account_id: from, kind: "bank", holder_name: payer.name, institution: orderingBank, first_row: row });
  derived.push({ account_id: to, kind: "bank", holder_name: payee.name, institution: beneficiaryBank, first_row: row });
  const settled = m32 ? swiftAmount(m32[5]!) : null;
  return {
    source_row: row, raw: msg.raw,
    tx_id: k === 1 ? ref : `${ref}#${k}`,
    timestamp: m32 ? localIso(`20${m32[1]}-${m32[2]}-${m32[3]}T00:00:00`, zone) : f(/^32A$/) ?? null,
    from_account: from, to_account: to,
    amount: m33 ? swiftAmount(m33[2]!) : settled, currency: m33 ? m33[1]! : m32?.[4] ?? null,
    amount_received: m33 ? settled : null, currency_received: m33 ? m32?.[4] ?? null : null,
    channel: "swift",
    reference: [f(/^70$/)?.replace(/\n/g, " "), f(/^71A$/) ? `charges ${f(/^71A$/)}` : null].filter(Boolean).join(" | ") || null,
  };
}

export const mt103Reader: FormatReader = {
  name: "mt103",
  detect: (head) => /\{2:[IO]103/.test(head) && /\{4:\r?\n:20:/.test(head),
  stage: stageMt103,
};
