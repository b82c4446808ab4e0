// Keep trace_flows (sql/schema/026_trace_flows.sql) in step with the case: rebuild it when the
// stamp of transfers, accounts and sources differs from the one stored with it.
import type { CaseDb } from "../db/connect.js";
import { allJson, exec, sqlText } from "../db/sql.js";

export async function prepareFlows(db: CaseDb): Promise<boolean> {
  const stamp = String((await allJson(db.conn, "trace/flows_stamp"))[0]!.stamp);
  const stored = (await allJson(db.conn, "case/meta_get", { key: "trace_flows_stamp" }))[0]?.value;
  if (stored === stamp) return false;
  await db.conn.run(sqlText("trace/flows_rebuild"));
  await exec(db.conn, "case/meta_set", { key: "trace_flows_stamp", value: stamp });
  return true;
}
