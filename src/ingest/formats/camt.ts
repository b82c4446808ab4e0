// ISO 20022 bank-to-customer cash management XML: camt.053 statements, camt.054 debit/credit
// notifications (and camt.052 reports, same shape). Streamed with a SAX parser
// (camtStream.ts), one staged transfer per entry (Ntry), the statement's account on one side
// and the first related party of the entry on the other; rows go to the staging tables in
// chunks, so a file of any size loads in bounded memory. See docs/formats.md, docs/ingest.md.
import { mergeAcrossSources } from "./crossSource.js";
import type { FormatReader, StageContext } from "../format.js";
import { appendDerived, appendRejects, appendTransfers, type DerivedAccount, type StagedReject, type StagedTransfer } from "./stageRows.js";
import { applyDerivedAccounts, createDerivedAccounts } from "./derivedAccounts.js";
import { mergeCopies } from "./mergeCopies.js";
import { localIso } from "./zone.js";
import { camtEntry, camtOwner, camtOwnerDetails } from "./camtEntry.js";
import { streamCamt, type Node } from "./camtStream.js";

/** Rows kept in memory before they are appended to the staging tables. */
const CHUNK = 5000;

async function stageCamt(ctx: StageContext): Promise<void> {
  const zone = ctx.options.timezone ?? "UTC";
  let transfers: StagedTransfer[] = [];
  let rejects: StagedReject[] = [];
  let derived: DerivedAccount[] = [];
  const kindOf = (id: string) => (id.startsWith("iban:") || id.startsWith("bank:") ? "bank" : id.startsWith("service:") ? "service" : "other");
  const owners = new Set<string>();
  let row = 0;
  // The statement being read: its entries so far, the sum of its booked transfers, and its last
  // transfer, held back until the statement closes (the closing balance is written on it).
  let entries = 0;
  let booked = 0;
  let sum = 0n;
  let last: StagedTransfer | undefined;
  let ownerStaged = false;
  const stageOwner = (rec: Node) => {
    if (ownerStaged) return;
    const details = camtOwnerDetails(rec);
    derived.push({ account_id: camtOwner(rec), kind: "bank", holder_name: details.name, institution: details.bank, first_row: row + 1 });
    ownerStaged = true;
  };
  await createDerivedAccounts(ctx.db);
  await streamCamt(ctx.path, {
    entry(rec, ntry) {
      stageOwner(rec);
      row++;
      const owner = camtOwner(rec);
      const e = camtEntry(rec, ntry, entries++, (l) => localIso(l, zone));
      if (e.reject) rejects.push({ source_row: row, raw: JSON.stringify(ntry), ...e.reject });
      else {
        if (last) transfers.push(last);
        last = { source_row: row, raw: JSON.stringify(ntry), ...e.transfer! };
        booked++;
        sum += (last.from_account === owner ? -1n : 1n) * units(last.amount ?? "0");
      }
      if (e.party) derived.push({ account_id: e.party.id, kind: kindOf(e.party.id), holder_name: e.party.name, institution: e.party.bank, first_row: row });
    },
    recordEnd(rec) {
      stageOwner(rec);
      const owner = camtOwner(rec);
      owners.add(owner);
      const opening = balance(rec, "OPBD");
      const closing = balance(rec, "CLBD");
      // The closing booked balance is the account's balance after the statement's last entry.
      if (closing && last && last.currency === closing.currency) {
        if (last.from_account === owner) last.balance_after_from = closing.amount;
        else last.balance_after_to = closing.amount;
      }
      if (opening && closing && opening.currency === closing.currency) {
        const diff = units(closing.amount) - (units(opening.amount) + sum);
        ctx.io.err(`reconciliation ${ctx.path} statement ${String(rec.Id ?? "")}: opening ${opening.amount}, ${booked} booked entries, closing ${closing.amount}: ${
          diff === 0n ? "balances reconcile" : `difference ${diff > 0n ? "+" : "-"}${fromUnits(diff < 0n ? -diff : diff)}`}\n`);
      }
      if (last) transfers.push(last);
      last = undefined;
      entries = booked = 0;
      sum = 0n;
      ownerStaged = false;
    },
    async drain() {
      if (transfers.length + rejects.length + derived.length < CHUNK) return;
      await flush();
    },
  });
  async function flush() {
    await appendTransfers(ctx.db, transfers);
    await appendRejects(ctx.db, rejects);
    await appendDerived(ctx.db, derived);
    transfers = [];
    rejects = [];
    derived = [];
  }
  await flush();
  await applyDerivedAccounts(ctx.db);
  for (const owner of owners) await mergeCopies(ctx, owner);
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
