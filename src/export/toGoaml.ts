// A goAML-style XML transaction report (the FIU reporting format used in Kenya and Uganda):
// one <report> with a <transaction> per transfer — local amount, date, from/to party with
// account and country, foreign currency details where the transfer was not in the reporting
// currency. goAML's schema varies per FIU; this is its common core, for exchange, not filing.
import { evidenceText } from "./evidenceText.js";
import type { ExportData, Row } from "./exportData.js";
import { xmlText as esc } from "./xmlText.js";

const el = (name: string, v: unknown, indent: string) => (v === null || v === undefined || v === "" ? "" : `${indent}<${name}>${esc(v)}</${name}>\n`);
const goDate = (ts: unknown) => String(ts).replace(/Z$/, "");

function party(side: "from" | "to", t: Row, a: Row | undefined, currency: string, indent: string, notes: Map<string, string[]>): string {
  const amount = side === "from" ? t.amount : t.amount_received;
  const cur = side === "from" ? t.currency : t.currency_received;
  let x = `${indent}<t_${side}>\n`;
  const i2 = indent + "  ";
  x += el(`${side}_funds_code`, t.channel ?? "other", i2);
  if (cur !== currency) {
    x += `${i2}<${side}_foreign_currency>\n${el("foreign_currency_code", cur, i2 + "  ")}${el("foreign_amount", amount, i2 + "  ")}${el("foreign_exchange_rate", t.fx_rate, i2 + "  ")}${i2}</${side}_foreign_currency>\n`;
  }
  const id = String(side === "from" ? t.from_account : t.to_account);
  x += `${i2}<${side}_account>\n`;
  x += el("institution_name", a?.institution ?? "unknown", i2 + "  ");
  x += el("account", id, i2 + "  ");
  if (id.startsWith("iban:")) x += el("iban", id.slice(5), i2 + "  ");
  x += el("account_name", a?.holder_name, i2 + "  ");
  x += el("personal_account_type", a?.kind, i2 + "  ");
  x += el("comments", (notes.get(`account:${id}`) ?? []).join("; "), i2 + "  ");
  x += `${i2}</${side}_account>\n`;
  x += el(`${side}_country`, a?.country, i2);
  return x + `${indent}</t_${side}>\n`;
}

export function* toGoaml(data: ExportData, submissionDate: Date): Generator<string> {
  const accounts = new Map(data.accounts.map((a) => [a.account_id as string, a]));
  // The investigator's notes (docs/casework.md) as comments on their account or transaction.
  const notes = new Map<string, string[]>();
  for (const n of data.notes ?? []) {
    const key = `${n.target_kind}:${n.target}`;
    notes.set(key, [...(notes.get(key) ?? []), `investigator's note ${n.note_id}${n.label ? ` (label ${n.label})` : ""} by ${n.author}, ${n.at}: ${n.text}`]);
  }
  let x = `<?xml version="1.0" encoding="UTF-8"?>\n<report>\n`;
  x += el("rentity_id", "0", "  ");
  x += el("submission_code", "E", "  ");
  x += el("report_code", "STR", "  ");
  x += el("entity_reference", data.run ? `flowtrace run ${data.run.run_id}` : "flowtrace case export", "  ");
  x += el("submission_date", submissionDate.toISOString().slice(0, 19), "  ");
  x += el("currency_code_local", data.currency, "  ");
  x += el("reason", data.run ? `transfers traced from ransom payments (method ${data.run.method}, ${data.run.direction})` : "transfers recorded in the case", "  ");
  yield x;
  for (const t of data.transfers) {
    x = "  <transaction>\n";
    x += el("transactionnumber", t.tx_id, "    ");
    x += el("internal_ref_number", t.source_file ? `${t.source_file}:${t.source_row}` : null, "    ");
    x += el("transaction_description", t.reference, "    ");
    x += el("date_transaction", goDate(t.timestamp), "    ");
    x += el("transmode_code", t.channel, "    ");
    x += el("amount_local", t.value_out, "    ");
    x += party("from", t, accounts.get(t.from_account as string), data.currency, "    ", notes);
    x += party("to", t, accounts.get(t.to_account as string), data.currency, "    ", notes);
    const comments = [
      t.inferred === true ? `INFERRED link, in no record (confidence ${t.inferred_confidence}): ${evidenceText(t.inferred_evidence)}` : "",
      t.tainted !== null && t.tainted !== undefined ? `traced amount ${t.tainted} at hop ${t.hop}` : "",
      ...(notes.get(`transfer:${t.tx_id}`) ?? []),
    ].filter(Boolean).join("; ");
    x += el("comments", comments, "    ");
    yield x + "  </transaction>\n";
  }
  yield "</report>\n";
}
