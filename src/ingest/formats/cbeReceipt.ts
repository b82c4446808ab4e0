// Commercial Bank of Ethiopia transfer receipts (PDF): one transfer per file, read as label /
// value lines (Payer, Account, Receiver, Account, Payment Date & Time, Reference No., Reason,
// Transferred Amount). Accounts are printed masked (1****1000) and stay masked in the case
// (bank:Commercial Bank of Ethiopia/1****1000); a masked account is linked to a full account
// of the case only when first digit + last four digits, holder name, amount and day all agree,
// in masked_account_links with the evidence and a confidence, never substituted. The time is
// m/d/yyyy, h:mm:ss AM/PM in EAT. See docs/formats.md.
import { mergeAcrossSources } from "./crossSource.js";
import type { FormatReader, StageContext } from "../format.js";
import { allJson, exec } from "../../db/sql.js";
import { inputError } from "../../errors.js";
import { isPdf, pdfPeek, readPdfText } from "./pdfText.js";
import { appendDerived, appendRejects, appendTransfers } from "./stageRows.js";
import { applyDerivedAccounts, createDerivedAccounts } from "./derivedAccounts.js";
import { recordPositions } from "./positions.js";
import { localIso } from "./zone.js";

const PREFIX = "bank:Commercial Bank of Ethiopia/";
const LABELS: [string, RegExp][] = [
  ["payer", /^payer\b\s*:?\s*/i],
  ["receiver", /^receiver\b\s*:?\s*/i],
  ["account", /^account(?: no\.?| number)?\b\s*:?\s*/i],
  ["when", /^payment date\s*(?:&|and)\s*time\s*:?\s*/i],
  ["reference", /^reference no\.?\s*(?:\(vat invoice no\))?\s*:?\s*/i],
  ["reason", /^reason\s*\/\s*type of service\s*:?\s*/i],
  ["amount", /^transferred amount\s*:?\s*/i],
];

export interface CbeReceipt { payer: string; payerAccount: string; receiver: string; receiverAccount: string; when: string; reference: string; reason: string; amount: string; line: number; page: number }

/** Does this text read like a CBE transfer receipt? */
export function isCbeText(text: string): boolean {
  return /Commercial Bank of Ethiopia/i.test(text) && /Transferred Amount|Reference No/i.test(text);
}

/** The receipt's fields from its text lines ("Label value" per line). */
export function cbeReceiptFields(lines: { text: string; page: number; line: number }[], path: string): CbeReceipt {
  const f: Record<string, string> = {};
  let lastParty: "payer" | "receiver" | null = null;
  let first: { page: number; line: number } | null = null;
  for (const l of lines) {
    for (const [key, re] of LABELS) {
      const m = re.exec(l.text);
      if (!m) continue;
      const value = l.text.slice(m[0].length).trim();
      if (key === "account") {
        if (lastParty) f[`${lastParty}Account`] ??= value;
      } else {
        f[key] ??= value;
        if (key === "payer" || key === "receiver") lastParty = key;
      }
      first ??= { page: l.page, line: l.line };
      break;
    }
  }
  for (const k of ["payer", "payerAccount", "receiver", "receiverAccount", "when", "reference", "amount"]) {
    if (!f[k]) throw inputError("not_this_format", `CBE receipt without ${k} (expected a line "${k === "when" ? "Payment Date & Time" : k}" ...)`, { file: path });
  }
  return { payer: f.payer!, payerAccount: f.payerAccount!, receiver: f.receiver!, receiverAccount: f.receiverAccount!, when: f.when!,
    reference: f.reference!, reason: f.reason ?? "", amount: f.amount!, ...first! };
}

/** "2/10/2025, 11:07:14 AM" (month first, as CBE prints it) → "2025-02-10T11:07:14", or null. */
export function cbeLocalTime(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?$/i.exec(text.trim());
  if (!m) return null;
  const [, mo, d, y, h, mi, s, ap] = m as unknown as string[];
  let hour = Number(h);
  if (ap) hour = (hour % 12) + (ap.toUpperCase() === "PM" ? 12 : 0);
  const two = (x: string | number) => String(x).padStart(2, "0");
  return `${y}-${two(mo!)}-${two(d!)}T${two(hour)}:${mi}:${s ?? "00"}`;
}

async function stageCbe(ctx: StageContext): Promise<void> {
  const { db, path } = ctx;
  const text = await readPdfText(path, typeof ctx.options.password === "string" ? ctx.options.password : undefined);
  const r = cbeReceiptFields(text.lines, path);
  const raw = JSON.stringify({ page: r.page, line: r.line, Payer: r.payer, "Payer Account": r.payerAccount, Receiver: r.receiver, "Receiver Account": r.receiverAccount,
    "Payment Date & Time": r.when, "Reference No.": r.reference, "Reason / Type of service": r.reason, "Transferred Amount": r.amount });
  const account = (masked: string) => `${PREFIX}${masked.replace(/\s/g, "")}`;
  const local = cbeLocalTime(r.when);
  const amount = /^(?:ETB\s*)?([\d,]+(?:\.\d{1,2})?)\s*(?:ETB|Birr)?$/i.exec(r.amount)?.[1]?.replace(/,/g, "");
  await createDerivedAccounts(db);
  if (!local || !amount) {
    await appendRejects(db, [{ source_row: 1, raw, column_name: local ? "Transferred Amount" : "Payment Date & Time", value: local ? r.amount : r.when,
      reason_code: local ? "bad_amount" : "bad_timestamp", reason: local ? "amount is not a number in ETB" : "payment time is not m/d/yyyy, h:mm:ss AM/PM" }]);
  } else {
    await appendTransfers(db, [{ source_row: 1, raw, tx_id: r.reference, timestamp: localIso(local, ctx.options.timezone ?? "+03:00"),
      from_account: account(r.payerAccount), to_account: account(r.receiverAccount), amount, currency: "ETB", channel: "cbe-receipt", reference: r.reason || null }]);
  }
  await appendDerived(db, [
    { account_id: account(r.payerAccount), kind: "bank", id_type: "masked", holder_name: r.payer, institution: "Commercial Bank of Ethiopia", country: "ET", first_row: 1 },
    { account_id: account(r.receiverAccount), kind: "bank", id_type: "masked", holder_name: r.receiver, institution: "Commercial Bank of Ethiopia", country: "ET", first_row: 1 },
  ]);
  await recordPositions(db, ctx.sourceId, [{ source_row: 1, page: r.page, line: r.line }]);
  await exec(db.conn, "ingest/formats/cbe/masked_links_insert", { source_id: ctx.sourceId, prefix: PREFIX });
  const links = Number((await allJson(db.conn, "ingest/formats/cbe/masked_links_count", { source_id: ctx.sourceId }))[0]!.links);
  ctx.io.err(`cbe-receipt ${path}: ${links ? `${links} masked account link(s) to full accounts (suffix, name, amount, day agree): see masked_account_links` : "masked accounts kept masked: no full account of the case fits suffix, name, amount and day"}\n`);
  await applyDerivedAccounts(db);
  await mergeAcrossSources(ctx);
}

export const cbeReceiptReader: FormatReader = {
  name: "cbe-receipt",
  // By the PDF's text where a quick look can read it (pdfPeek), else by a file name naming CBE
  // or an FT reference; anything else goes on to mpesa-pdf, which names this format when the
  // text it reads is a CBE receipt.
  detect: (head, path) => isPdf(head) && (isCbeText(pdfPeek(path)) || /(^|[\\/])[^\\/]*(cbe|FT[0-9A-Z]{10})[^\\/]*\.pdf$/i.test(path)),
  stage: stageCbe,
};
