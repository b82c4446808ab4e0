// ISO 20022 bank-to-customer cash management XML: camt.053 statements, camt.054 debit/credit
// notifications (and camt.052 reports, same shape). Parsed with fast-xml-parser, one staged
// transfer per entry (Ntry), the statement's account on one side and the first related party
// of the entry on the other. See docs/formats.md.
import { mergeAcrossSources } from "./crossSource.js";
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import type { FormatReader, StageContext } from "../format.js";
import { inputError } from "../../errors.js";
import { appendDerived, appendRejects, appendTransfers, type DerivedAccount, type StagedReject, type StagedTransfer } from "./stageRows.js";
import { applyDerivedAccounts, createDerivedAccounts } from "./derivedAccounts.js";
import { mergeCopies } from "./mergeCopies.js";
import { localIso } from "./zone.js";
import { camtEntry, camtOwner, camtOwnerDetails, type Node } from "./camtEntry.js";

const ARRAYS = new Set(["Stmt", "Ntfctn", "Rpt", "Ntry", "TxDtls", "Bal", "NtryDtls"]);

export function parseCamt(path: string): { kind: string; records: Node[] } {
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, parseTagValue: false,
    parseAttributeValue: false, trimValues: true, isArray: (name) => ARRAYS.has(name),
    // character references (M&#252;ller, &#x4E2D;) are text, as any XML reader decodes them
    htmlEntities: true,
  });
  let doc: Node;
  try {
    doc = parser.parse(readFileSync(path, "utf8")) as Node;
  } catch (e) {
    throw inputError("bad_xml", `not well-formed XML: ${(e as Error).message.split("\n")[0]!.toLowerCase()}`, { file: path });
  }
  const d = (doc.Document ?? {}) as Node;
  const [kind, records] = d.BkToCstmrStmt ? ["camt053", (d.BkToCstmrStmt as Node).Stmt]
    : d.BkToCstmrDbtCdtNtfctn ? ["camt054", (d.BkToCstmrDbtCdtNtfctn as Node).Ntfctn]
    : d.BkToCstmrAcctRpt ? ["camt052", (d.BkToCstmrAcctRpt as Node).Rpt] : ["", undefined];
  if (!kind) throw inputError("not_this_format", "not a camt.052/053/054 document (no BkToCstmr… element)", { file: path });
  if (!Array.isArray(records) || records.length === 0) {
    throw inputError("not_this_format", "camt document without any statement, notification or report", { file: path });
  }
  return { kind, records: records as Node[] };
}

async function stageCamt(ctx: StageContext): Promise<void> {
  const { records } = parseCamt(ctx.path);
  const zone = ctx.options.timezone ?? "UTC";
  const transfers: StagedTransfer[] = [];
  const rejects: StagedReject[] = [];
  const derived: DerivedAccount[] = [];
  const kindOf = (id: string) => (id.startsWith("iban:") || id.startsWith("bank:") ? "bank" : id.startsWith("service:") ? "service" : "other");
  let row = 0;
  for (const rec of records) {
    const entries = (rec.Ntry as Node[] | undefined) ?? [];
    const owner = camtOwner(rec);
    const details = camtOwnerDetails(rec);
    derived.push({ account_id: owner, kind: "bank", holder_name: details.name, institution: details.bank, first_row: row + 1 });
    entries.forEach((ntry, i) => {
      row++;
      const e = camtEntry(rec, ntry, i, (local) => localIso(local, zone));
      if (e.reject) rejects.push({ source_row: row, raw: JSON.stringify(ntry), ...e.reject });
      else transfers.push({ source_row: row, raw: JSON.stringify(ntry), ...e.transfer! });
      if (e.party) derived.push({ account_id: e.party.id, kind: kindOf(e.party.id), holder_name: e.party.name, institution: e.party.bank, first_row: row });
    });
    const mine = transfers.filter((t) => t.source_row > row - entries.length);
    const opening = balance(rec, "OPBD");
    const closing = balance(rec, "CLBD");
    // The closing booked balance is the account's balance after the statement's last entry.
    const last = mine.at(-1);
    if (closing && last && last.currency === closing.currency) {
      if (last.from_account === owner) last.balance_after_from = closing.amount;
      else last.balance_after_to = closing.amount;
    }
    if (opening && closing && opening.currency === closing.currency) {
      const sum = mine.reduce((acc, t) => acc + (t.from_account === owner ? -1n : 1n) * units(t.amount ?? "0"), 0n);
      const diff = units(closing.amount) - (units(opening.amount) + sum);
      ctx.io.err(`reconciliation ${ctx.path} statement ${String(rec.Id ?? "")}: opening ${opening.amount}, ${mine.length} booked entries, closing ${closing.amount}: ${
        diff === 0n ? "balances reconcile" : `difference ${diff > 0n ? "+" : "-"}${fromUnits(diff < 0n ? -diff : diff)}`}\n`);
    }
  }
  await createDerivedAccounts(ctx.db);
  await appendTransfers(ctx.db, transfers);
  await appendRejects(ctx.db, rejects);
  await appendDerived(ctx.db, derived);
  await applyDerivedAccounts(ctx.db);
  for (const owner of new Set(records.map(camtOwner))) await mergeCopies(ctx, owner);
  await mergeAcrossSources(ctx);
}

// Exact decimal arithmetic for the reconciliation: amounts as integers of 1e-5 units.
const SCALE = 100000n;
function units(amount: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,5}))?$/.exec(amount.trim());
  if (!m) return 0n;
  const v = BigInt(m[2]!) * SCALE + BigInt((m[3] ?? "").padEnd(5, "0"));
  return m[1] ? -v : v;
}
function fromUnits(v: bigint): string {
  return `${v / SCALE}.${String(v % SCALE).padStart(5, "0").slice(0, 2)}`;
}

function balance(rec: Node, type: string): { amount: string; currency: string } | null {
  for (const bal of (rec.Bal as Node[] | undefined) ?? []) {
    const code = ((bal.Tp as Node | undefined)?.CdOrPrtry as Node | undefined)?.Cd;
    if (code !== type) continue;
    const amt = bal.Amt as Node;
    const sign = bal.CdtDbtInd === "DBIT" ? "-" : "";
    return { amount: `${sign}${String(amt["#text"])}`, currency: String(amt["@Ccy"]) };
  }
  return null;
}

const detectCamt = (ns: string) => (head: string) => head.includes(`urn:iso:std:iso:20022:tech:xsd:${ns}`);

export const camt053Reader: FormatReader = { name: "camt053", recordKind: "statements", detect: detectCamt("camt.053"), stage: stageCamt };
export const camt054Reader: FormatReader = { name: "camt054", detect: detectCamt("camt.054"), stage: stageCamt };
export const camt052Reader: FormatReader = { name: "camt052", recordKind: "statements", detect: detectCamt("camt.052"), stage: stageCamt };
