// One transfer, however many records show it. After a statement, export or ledger is staged
// (and mergeCopies has filled in the owner's side), each row that shows a transfer already in
// the case becomes evidence of it instead of a second transfer: merged into it (quarantined as
// 'merged', naming the transfer, the reasons and the confidence), the loaded record taking any
// party it only knew by a stand-in (a hawala counter, a pay bill that was a bank account, an
// operator's payee code). Rows that fit several loaded transfers are loaded as they are and
// listed for the investigator to confirm. See sql/ingest/formats/cross_matches_create.sql.
import type { StageContext } from "../format.js";
import { allJson, exec, sqlText } from "../../db/sql.js";

export async function mergeAcrossSources(ctx: StageContext): Promise<void> {
  const { db } = ctx;
  await db.conn.run(sqlText("ingest/formats/cross_matches_create"));
  await db.conn.run(sqlText("ingest/formats/merge_plan_create"));
  await db.conn.run(sqlText("ingest/formats/cross_amend_plan"));
  const c = (await allJson(db.conn, "ingest/formats/cross_counts"))[0]!;
  const [sameId, payout, toConfirm, amended] = [c.same_id, c.payout, c.to_confirm, c.amended].map(Number) as [number, number, number, number];
  if (!sameId && !payout && !toConfirm) return;
  if (amended) {
    await exec(db.conn, "ingest/formats/merge_apply");
    await exec(db.conn, "ingest/formats/merge_record", { source_id: ctx.sourceId });
  }
  await db.conn.run(sqlText("ingest/formats/cross_reject"));
  await db.conn.run(sqlText("ingest/formats/cross_unstage"));
  await exec(db.conn, "ingest/formats/cross_record", { source_id: ctx.sourceId });
  const parts = [
    sameId ? `${sameId} row${sameId === 1 ? "" : "s"} merged into transfers already loaded with the same id` : "",
    payout ? `${payout} row${payout === 1 ? "" : "s"} merged into the operator's or broker's record of the same payment` : "",
    amended ? `${amended} part${amended === 1 ? "y" : "ies"} named from this file (see transfer_amendments)` : "",
    toConfirm ? `${toConfirm} row${toConfirm === 1 ? "" : "s"} fit several loaded transfers: loaded as they are, to confirm (flowtrace sources)` : "",
  ].filter(Boolean);
  ctx.io.err(`merge ${ctx.path}: ${parts.join("; ")}\n`);
}
