// M-Pesa SMS confirmations, pasted or exported as text (one message after another). Each
// message is one transfer of the phone's owner (--owner): "sent to", "paid to", "received …
// from", "Withdraw … from" (an agent), "Give … to" (a deposit at an agent). The transaction
// cost in the same message is a fee of that transfer (amount = sent + cost, amount_received =
// sent), so one message stays one row. Times are EAT. "New M-PESA balance" is a known balance.
import { mergeAcrossSources } from "./crossSource.js";
import { readFileSync } from "node:fs";
import type { FormatReader, StageContext } from "../format.js";
import { inputError } from "../../errors.js";
import { ownerAccount } from "./owner.js";
import { appendDerived, appendRejects, appendTransfers, type DerivedAccount, type StagedReject, type StagedTransfer } from "./stageRows.js";
import { applyDerivedAccounts, createDerivedAccounts } from "./derivedAccounts.js";
import { mergeCopies } from "./mergeCopies.js";
import { resolvePhones } from "./resolvePhones.js";
import { localIso } from "./zone.js";

const START = /(?=\b[A-Z0-9]{10} Confirmed)/;
const MONEY = "Ksh\\s?([\\d,]+(?:\\.\\d{1,2})?)";
const WHEN = "on (\\d{1,2})/(\\d{1,2})/(\\d{2,4}) at (\\d{1,2}):(\\d{2}) ?([AP]M)";

export interface SmsParts {
  receipt: string;
  out: boolean;
  amount: string;
  party: string;
  when: string | null;
  balance: string | null;
  cost: string | null;
}

const num = (s: string) => s.replace(/,/g, "");

/** a + b for decimal texts with at most 2 places, exactly (integer cents). */
function addCents(a: string, b: string): string {
  const cents = (x: string) => { const [i, f = ""] = x.split("."); return BigInt(i!) * 100n + BigInt(f.padEnd(2, "0").slice(0, 2)); };
  const c = cents(a) + cents(b);
  return `${c / 100n}.${String(c % 100n).padStart(2, "0")}`;
}

/** The parts of one confirmation, or null when it is not one this reader knows. */
export function parseSms(text: string): SmsParts | null {
  const t = text.replace(/\s+/g, " ").trim();
  const receipt = /^([A-Z0-9]{10}) Confirmed/.exec(t)?.[1];
  if (!receipt) return null;
  const patterns: [RegExp, boolean][] = [
    [new RegExp(`${MONEY} (?:sent|paid) to (.+?)\\.? (?:for account \\S+ )?${WHEN}`), true],
    [new RegExp(`received ${MONEY} from (.+?) ${WHEN}`), false],
    [new RegExp(`${WHEN} Withdraw ${MONEY} from (.+?) New M-PESA`), true],
    [new RegExp(`${WHEN} Give ${MONEY} cash to (.+?) New M-PESA`), false],
  ];
  for (const [re, out] of patterns) {
    const m = re.exec(t);
    if (!m) continue;
    const whenFirst = re.source.startsWith("on ");
    const [amount, party] = whenFirst ? [m[7]!, m[8]!] : [m[1]!, m[2]!];
    const w = whenFirst ? m.slice(1, 7) : m.slice(3, 9);
    const [d, mo, y, h, mi, ap] = w as [string, string, string, string, string, string];
    const hour = (Number(h) % 12) + (ap === "PM" ? 12 : 0);
    const year = y.length === 2 ? `20${y}` : y;
    const when = `${year}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}T${String(hour).padStart(2, "0")}:${mi}:00`;
    return {
      receipt, out, amount: num(amount), party: party.trim(), when,
      balance: new RegExp(`balance is ${MONEY}`).exec(t)?.[1]?.replace(/,/g, "") ?? null,
      cost: new RegExp(`Transaction cost,? ${MONEY}`).exec(t)?.[1]?.replace(/,/g, "") ?? null,
    };
  }
  return { receipt, out: false, amount: "", party: "", when: null, balance: null, cost: null };
}

/** "IAN MAINA 0712345678" → phone placeholder + name; "123456 - BARAKA SHOP" → agent; else merchant by name. */
function counterparty(party: string, withdrawal: boolean): { id: string; name: string | null; kind: string } {
  const phone = /^(.*?)\s*(\+?\d[\d*]{8,})$/.exec(party);
  if (phone) return { id: `phone:${phone[2]}`, name: phone[1] || null, kind: "mobile_money" };
  const agent = /^(\d{4,8}) - (.+)$/.exec(party);
  if (agent) return { id: `agent:${agent[1]}`, name: agent[2]!, kind: "service" };
  return { id: `merchant:${party}`, name: party, kind: withdrawal ? "service" : "other" };
}

async function stageSms(ctx: StageContext): Promise<void> {
  const country = typeof ctx.options.country === "string" ? ctx.options.country : "KE";
  const owner = ownerAccount(ctx.options.owner, country, ctx.path);
  const zone = ctx.options.timezone ?? "+03:00";
  const messages = readFileSync(ctx.path, "utf8").split(START).map((s) => s.trim()).filter((s) => /^[A-Z0-9]{10} Confirmed/.test(s));
  if (!messages.length) throw inputError("not_this_format", "no M-Pesa confirmation (\"XXXXXXXXXX Confirmed. …\") found", { file: ctx.path });
  const transfers: StagedTransfer[] = [];
  const rejects: StagedReject[] = [];
  const derived: DerivedAccount[] = [{ account_id: owner, kind: "mobile_money", institution: "Safaricom M-Pesa", country: "KE", first_row: 0 }];
  messages.forEach((text, i) => {
    const row = i + 1;
    const p = parseSms(text)!;
    if (!p.when) {
      rejects.push({ source_row: row, raw: text, column_name: null, value: text.slice(0, 60), reason_code: "unknown_message", reason: "not a money-moving M-Pesa confirmation this reader knows" });
      return;
    }
    const cp = counterparty(p.party, /Withdraw/.test(text));
    derived.push({ account_id: cp.id, kind: cp.kind, holder_name: cp.name, institution: "Safaricom M-Pesa", country: "KE", first_row: row });
    const cost = p.cost && Number(p.cost) > 0 ? p.cost : null;
    transfers.push({
      source_row: row, raw: text, tx_id: p.receipt, timestamp: localIso(p.when, zone),
      from_account: p.out ? owner : cp.id, to_account: p.out ? cp.id : owner,
      amount: cost ? addCents(p.amount, cost) : p.amount, currency: "KES",
      amount_received: cost ? p.amount : null, currency_received: cost ? "KES" : null,
      channel: "mpesa-sms", reference: cost ? `transaction cost ${cost}` : null,
      balance_after_from: p.out ? p.balance : null, balance_after_to: p.out ? null : p.balance,
    });
  });
  await createDerivedAccounts(ctx.db);
  await appendTransfers(ctx.db, transfers);
  await appendRejects(ctx.db, rejects);
  await appendDerived(ctx.db, derived);
  await resolvePhones(ctx.db, country);
  await applyDerivedAccounts(ctx.db);
  await mergeCopies(ctx, owner);
  await mergeAcrossSources(ctx);
}

export const mpesaSmsReader: FormatReader = {
  name: "mpesa-sms",
  detect: (head) => /^\s*[A-Z0-9]{10} Confirmed\.?/.test(head),
  stage: stageSms,
};
