// The raw records an investigator receives, written from the same transfers as the canonical
// files (docs/scenarios.md documents each layout): M-Pesa statements and telebirr records of the
// suspects' wallets, operators' exports, hawala ledgers, bank statements (with a mapping file)
// and the relatives' statements.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Ctx } from "../ctx.js";
import type { Transfer } from "../model.js";
import type { Story } from "../plan.js";
import { OPERATORS } from "../population.js";
import { bankStatement, BANK_MAPPING } from "./bankStatement.js";
import { hawalaLedger } from "./hawalaLedger.js";
import { mpesaStatement, mpesaStatementDoc } from "./mpesaStatement.js";
import { rawDocuments, type RawDocument } from "./rawDocuments.js";
import { mtoExport } from "./mtoExport.js";
import { relativesStatements } from "./relativesStatements.js";
import { telebirrRecords } from "./telebirrRecords.js";

const SUSPECTS = new Set(["collector", "broker", "leader", "front_business"]);

export function writeRawRecords(dir: string, ctx: Ctx, all: Transfer[], story: Story): { files: string[]; statements: { statement_id: string; tx_id: string }[]; documents: RawDocument[] } {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const put = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    files.push(name);
  };
  const suspects = [...ctx.accounts.values()].filter((a) => SUSPECTS.has(a.role)).sort((a, b) => a.id.localeCompare(b.id));
  for (const a of suspects) {
    if (a.kind === "mobile_money" && a.country === "KE") put(`mpesa-${a.phone!.slice(1)}.csv`, mpesaStatement(ctx, a, all));
    else if (a.kind === "mobile_money" && a.country === "ET") put(`telebirr-${a.phone!.slice(1)}.csv`, telebirrRecords(ctx, a, all));
    else if (a.kind === "bank") put(`bank-${a.id.slice(a.id.lastIndexOf("/") + 1).replace(/^iban:/, "").replace(/[^A-Za-z0-9]+/g, "")}.csv`, bankStatement(ctx, a, all));
  }
  if (files.some((f) => f.startsWith("bank-"))) put("bank-mapping.json", JSON.stringify(BANK_MAPPING, null, 2) + "\n");
  for (const op of OPERATORS) {
    if (all.some((t) => t.kind === "mto" && t.carrier === op.name)) put(`mto-${op.code.toLowerCase()}.csv`, mtoExport(ctx, op.name, all));
  }
  const brokers = [...new Set(all.filter((t) => t.kind === "hawala_in" || t.kind === "hawala_out").map((t) => t.carrier!))].sort();
  const ledgers: Record<string, { format: string; owner: string; country?: string }> = {};
  for (const b of brokers) {
    const stem = `hawala-${b.replace(/ \(.*\)$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
    put(`${stem}.csv`, hawalaLedger(ctx, b, all).text);
    // A ledger does not name its keeper: the folder's sources.json does (docs/ingest.md), with
    // the country of the local phone numbers the keeper writes.
    const country = [...ctx.accounts.values()].find((a) => a.kind === "hawala" && a.institution === b)?.country;
    ledgers[`${stem}.*`] = { format: "hawala", owner: `hawala:${b}`, ...(country ? { country } : {}) };
  }
  if (brokers.length) {
    put("sources.json", JSON.stringify({
      description: "Who keeps each hawala ledger (a ledger does not name its keeper). flowtrace ingest reads this file when given the folder (docs/ingest.md).",
      files: ledgers,
    }, null, 2) + "\n");
  }
  const byId = new Map(all.map((t) => [t.id, t]));
  const st = relativesStatements(ctx, story, byId);
  put("relatives-statements.csv", st.text);
  // The documents families bring (PDF statements and receipts, receipt pages): see rawDocuments.ts.
  const docs = rawDocuments(ctx, all, suspects.filter((a) => a.kind === "mobile_money" && a.country === "KE").map((a) => ({ name: `mpesa-${a.phone!.slice(1)}.pdf`, doc: mpesaStatementDoc(ctx, a, all) })));
  for (const [name, text] of docs.texts) put(name, text);
  return { files: files.sort(), statements: st.truth, documents: docs.documents };
}
