// telebirr receipts: the HTML page a customer saves from the receipt link (one receipt per
// file; a folder of them loads as many files). Label/value table rows (payer name and telebirr
// number, credited party name and account, status), a header row whose values sit in the row
// below (invoice number, payment date dd-mm-yyyy HH:MM:SS in EAT, settled amount in Birr), then
// reason and channel. Labels are read in Amharic, English or both ("የከፋይ ስም/Payer Name").
// One transfer per page: tx_id is the invoice number. A status other than Completed moves no
// money: the row is quarantined. See docs/formats.md.
import { readFileSync } from "node:fs";
import { mergeAcrossSources } from "./crossSource.js";
import type { FormatReader, StageContext } from "../format.js";
import { inputError } from "../../errors.js";
import { appendDerived, appendRejects, appendTransfers } from "./stageRows.js";
import { applyDerivedAccounts, createDerivedAccounts } from "./derivedAccounts.js";
import { resolvePhones } from "./resolvePhones.js";
import { localIso } from "./zone.js";

const FIELDS = {
  payerName: ["የከፋይ ስም", "payer name"],
  payerPhone: ["የከፋይ ቴሌብር ቁ.", "payer telebirr no."],
  creditedName: ["የገንዘብ ተቀባይ ስም", "credited party name"],
  creditedAccount: ["የገንዘብ ተቀባይ ቴሌብር ቁ.", "credited party account no"],
  status: ["የክፍያው ሁኔታ", "transaction status"],
  invoice: ["የክፍያ ቁጥር", "invoice no."],
  date: ["የክፍያ ቀን", "payment date"],
  amount: ["የተከፈለው መጠን", "settled amount"],
  reason: ["የክፍያ ምክንያት", "payment reason"],
  channel: ["የክፍያ መንገድ", "payment channel"],
} as const;
type Field = keyof typeof FIELDS;

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/\s*:\s*$/, "").trim();

/** Which field a cell labels ("የከፋይ ስም/Payer Name", "የከፋይ ስም", "Payer Name:"), or null. */
function labelOf(cell: string): Field | null {
  const parts = [norm(cell), ...cell.split("/").map(norm)];
  for (const [k, names] of Object.entries(FIELDS) as [Field, readonly string[]][]) {
    if (names.some((n) => parts.includes(norm(n)))) return k;
  }
  return null;
}

/** The fields of a receipt page, from its table rows. */
export async function telebirrFields(html: string): Promise<Partial<Record<Field, string>>> {
  const { parse } = await import("node-html-parser"); // on first use: it slows every CLI start
  const root = parse(html);
  const rows = root.querySelectorAll("tr").map((tr) => tr.querySelectorAll("td, th").map((c) => c.text.replace(/\s+/g, " ").trim()));
  const f: Partial<Record<Field, string>> = {};
  rows.forEach((cells, i) => {
    const labels = cells.map(labelOf);
    if (cells.length >= 2 && labels.every((l) => l !== null)) {
      // A header row: the values are in the row below, cell for cell.
      const values = rows[i + 1] ?? [];
      labels.forEach((l, k) => { if (values[k] !== undefined) f[l!] ??= values[k]; });
    } else if (labels[0] && cells.length >= 2) f[labels[0]] ??= cells[1]!;
  });
  return f;
}

async function stageTelebirrReceipt(ctx: StageContext): Promise<void> {
  const { db, path } = ctx;
  const f = await telebirrFields(readFileSync(path, "utf8"));
  for (const k of ["payerPhone", "creditedAccount", "invoice", "date", "amount"] as const) {
    if (!f[k]) throw inputError("not_this_format", `telebirr receipt without ${FIELDS[k][1]}`, { file: path });
  }
  const raw = JSON.stringify(f);
  const when = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(f.date!);
  const amount = /^(?:ETB|Birr)?\s*([\d,]+(?:\.\d{1,2})?)\s*(?:ETB|Birr|ብር)?$/i.exec(f.amount!)?.[1]?.replace(/,/g, "");
  const status = f.status ?? "";
  await createDerivedAccounts(db);
  if (!/^(completed|success(ful)?|ተጠናቋል)$/i.test(status.trim())) {
    await appendRejects(db, [{ source_row: 1, raw, column_name: "transaction status", value: status, reason_code: "not_completed", reason: `transaction status ${status || "(empty)"}: the payment moved no money` }]);
  } else if (!when || !amount) {
    await appendRejects(db, [{ source_row: 1, raw, column_name: when ? "settled amount" : "payment date", value: when ? f.amount! : f.date!,
      reason_code: when ? "bad_amount" : "bad_timestamp", reason: when ? "settled amount is not a number in Birr" : "payment date is not dd-mm-yyyy HH:MM:SS" }]);
  } else {
    const [, d, mo, y, h, mi, s] = when as unknown as string[];
    await appendTransfers(db, [{ source_row: 1, raw, tx_id: f.invoice!, timestamp: localIso(`${y}-${mo}-${d}T${h}:${mi}:${s}`, ctx.options.timezone ?? "+03:00"),
      from_account: `phone:${f.payerPhone}`, to_account: `phone:${f.creditedAccount}`, amount, currency: "ETB", channel: "telebirr-receipt", reference: f.reason || null }]);
  }
  await appendDerived(db, [
    { account_id: `phone:${f.payerPhone}`, kind: "mobile_money", id_type: "wallet", holder_name: f.payerName ?? null, institution: "Ethio telecom telebirr", country: "ET", first_row: 1 },
    { account_id: `phone:${f.creditedAccount}`, kind: "mobile_money", id_type: "wallet", holder_name: f.creditedName ?? null, institution: "Ethio telecom telebirr", country: "ET", first_row: 1 },
  ]);
  await resolvePhones(db, typeof ctx.options.country === "string" ? ctx.options.country : "ET");
  await applyDerivedAccounts(db);
  await mergeAcrossSources(ctx);
}

export const telebirrReceiptReader: FormatReader = {
  name: "telebirr-receipt",
  detect: (head) => /<(html|table)\b/i.test(head) && /telebirr/i.test(head) && /(የከፋይ ስም|payer name)/i.test(head),
  stage: stageTelebirrReceipt,
};
