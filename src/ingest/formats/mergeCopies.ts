// One transfer, two statements: A's statement shows A → masked:07*****804, B's shows
// masked:07*****212 → B, with the same receipt. The first one loaded is the record; the second
// is quarantined as duplicate_tx. Without more, the chain A → B is cut at the masked id and B's
// stated balance is lost. So when a statement's row repeats a loaded transfer (same id, time
// and amount), the loaded record takes this statement's owner in place of a masked id whose
// visible digits fit the owner's number, and the owner's balance as a known balance; every
// change is written to transfer_amendments with this file and row.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { StageContext } from "../format.js";
import { allJson, exec, sqlText } from "../../db/sql.js";

/** Does a masked number ("07*****804") fit a wallet ("wallet:+254712235804")? */
export function maskFits(masked: string, wallet: string): boolean {
  if (!masked.startsWith("masked:") || !wallet.startsWith("wallet:+")) return false;
  const pattern = masked.slice("masked:".length);
  const p = parsePhoneNumberFromString(wallet.slice("wallet:".length));
  if (!p) return false;
  // Statements do not keep the number's length when masking (07******212 for a 10-digit
  // number), so only the visible head and tail are compared: the id, time and amount already
  // matched; the digits must just not contradict.
  const m = /^([^*xX•#]*)[*xX•#]+([^*xX•#]*)$/.exec(pattern);
  if (!m) return false;
  const [, head, tail] = m as unknown as [string, string, string];
  const forms = [`0${p.nationalNumber}`, String(p.nationalNumber), `${p.countryCallingCode}${p.nationalNumber}`, p.number];
  return forms.some((f) => f.startsWith(head) && f.endsWith(tail) && head.length + tail.length < f.length);
}

export async function mergeCopies(ctx: StageContext, owner: string): Promise<void> {
  const rows = await allJson(ctx.db.conn, "ingest/formats/merge_candidates", { owner });
  if (!rows.length) return;
  await ctx.db.conn.run(sqlText("ingest/formats/merge_plan_create"));
  const appender = await ctx.db.conn.createAppender("merge_plan", "main", "temp");
  let resolved = 0;
  let balances = 0;
  const add = (tx: string, column: string, old: string | null, value: string, row: bigint, reason: string) => {
    appender.appendVarchar(tx);
    appender.appendVarchar(column);
    if (old === null) appender.appendNull();
    else appender.appendVarchar(old);
    appender.appendVarchar(value);
    appender.appendBigInt(row);
    appender.appendVarchar(reason);
    appender.endRow();
  };
  for (const r of rows) {
    const tx = String(r.tx_id);
    const row = BigInt(r.source_row as string);
    const existing = String(r.existing);
    const fits = existing === owner || maskFits(existing, owner);
    if (!fits) continue; // the other statement names someone else on this side: leave both as they are
    if (existing !== owner) {
      add(tx, `${r.side}_account`, existing, owner, row, "masked number fits the owner of the other party's statement (same id, time, amount)");
      resolved++;
    }
    if (r.balance !== null && r.existing_balance === null) {
      add(tx, `balance_after_${r.side}`, null, String(r.balance), row, "the other party's statement states its balance after this transfer");
      balances++;
    }
  }
  appender.closeSync();
  if (!resolved && !balances) return;
  await exec(ctx.db.conn, "ingest/formats/merge_apply");
  await exec(ctx.db.conn, "ingest/formats/merge_record", { source_id: ctx.sourceId });
  ctx.io.err(`merge ${ctx.path}: ${rows.length} transfers already loaded from the other party's records: ${resolved} masked ids resolved to ${owner}, ${balances} balances added (see transfer_amendments)\n`);
}
