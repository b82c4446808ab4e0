// The shared phone step of the readers: SQL staging writes counterparties it recognised as
// phone numbers as 'phone:<as written>'; here each distinct one is normalised once in JS with
// libphonenumber-js (phoneAccount) and the placeholders are replaced set-wise.
import type { CaseDb } from "../../db/connect.js";
import { allJson, exec, sqlText } from "../../db/sql.js";
import { phoneAccount } from "../phone.js";

export async function resolvePhones(db: CaseDb, country: string | undefined): Promise<void> {
  const rows = await allJson(db.conn, "ingest/formats/phone_candidates");
  if (!rows.length) return;
  await db.conn.run(sqlText("ingest/formats/phone_map_create"));
  const appender = await db.conn.createAppender("phone_map", "main", "temp");
  for (const r of rows) {
    const raw = String(r.raw);
    const id = phoneAccount(raw.slice("phone:".length), country);
    appender.appendVarchar(raw);
    if (id === null) appender.appendNull();
    else appender.appendVarchar(id);
    appender.endRow();
  }
  appender.closeSync();
  // a number that is none (a letter in it) is quarantined with its text, not loaded as missing
  await exec(db.conn, "ingest/formats/phone_bad_reject");
  await exec(db.conn, "ingest/formats/phone_bad_delete");
  await exec(db.conn, "ingest/formats/phone_apply_transfers");
  await exec(db.conn, "ingest/formats/phone_apply_accounts");
}
