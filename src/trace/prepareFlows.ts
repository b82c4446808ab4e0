// Keep trace_flows (sql/schema/026_trace_flows.sql) in step with the case: rebuild it when the
// stamp of transfers, accounts and sources differs from the one stored with it.
import type { CaseDb } from "../db/connect.js";
import { allJson, exec, sqlText } from "../db/sql.js";

export async function prepareFlows(db: CaseDb): Promise<boolean> {
  const stamp = String((await allJson(db.conn, "trace/flows_stamp"))[0]!.stamp);
  const stored = (await allJson(db.conn, "case/meta_get", { key: "trace_flows_stamp" }))[0]?.value;
  if (stored === stamp) return false;
  // Stated balances first, reconciled in their own currency; trace_flows reads them.
  await db.conn.run(sqlText("trace/balances_rebuild"));
  await db.conn.run(sqlText("trace/flows_rebuild"));
  // Whether any record states a balance: a scan of the whole table, so answered once here.
  await exec(db.conn, "case/meta_set", { key: "trace_flows_balances", value: (await scanForBalances(db)) ? "1" : "0" });
  await exec(db.conn, "case/meta_set", { key: "trace_flows_stamp", value: stamp });
  return true;
}

/** Whether trace_flows has stated balances (the flow queries then read those columns too). */
export async function flowsHaveBalances(db: CaseDb): Promise<boolean> {
  const stored = (await allJson(db.conn, "case/meta_get", { key: "trace_flows_balances" }))[0]?.value;
  if (stored === "1" || stored === "0") return stored === "1";
  return scanForBalances(db);
}

async function scanForBalances(db: CaseDb): Promise<boolean> {
  return Number((await allJson(db.conn, "trace/has_balances"))[0]!.n) > 0;
}
