// Load what the allocation pass needs from the case: every account's columns, and the
// transfers of the query `name` (forward_flows or backward_flows) as typed arrays.
import { listValue } from "@duckdb/node-api";
import type { CaseDb } from "../db/connect.js";
import { allJson, exec, sqlText, stream, type Params } from "../db/sql.js";
import { inputError } from "../errors.js";
import { readColumns } from "./readColumns.js";
import type { AccountTable, Flows } from "./types.js";

export async function loadAccounts(db: CaseDb): Promise<AccountTable> {
  const { columns } = await readColumns(await stream(db.conn, "trace/accounts_columns"), ["i32", "i32", "f64"]);
  const [key, terminal, opening] = columns as [Int32Array, Int32Array, Float64Array];
  let count = 0;
  for (let i = 0; i < key.length; i++) if (key[i]! + 1 > count) count = key[i]! + 1;
  const acc: AccountTable = { count, terminal: new Uint8Array(count), opening: new Float64Array(count).fill(NaN) };
  for (let i = 0; i < key.length; i++) {
    acc.terminal[key[i]!] = terminal[i]!;
    acc.opening[key[i]!] = opening[i]!;
  }
  return acc;
}

/** Fresh scratch tables holding `seedIds`; an id that names no transfer is an input error. */
export async function prepareSeeds(db: CaseDb, seedIds: string[]): Promise<void> {
  await db.conn.run(sqlText("trace/scratch"));
  if (seedIds.length === 0) return;
  await exec(db.conn, "trace/seed_ids_add", { ids: listValue(seedIds) });
  const unknown = await allJson(db.conn, "trace/seed_ids_unknown");
  if (unknown.length) throw inputError("unknown_seed", "unknown seed transfer", { value: String(unknown[0]!.tx_id) });
}

export async function loadFlows(db: CaseDb, name: string, params: Params): Promise<{ flows: Flows; loadSeq: Float64Array }> {
  const { rows, columns } = await readColumns(await stream(db.conn, name, params), ["i32", "i32", "f64", "f64", "f64", "i32", "f64", "f64", "f64"]);
  const [from, to, valueOut, valueIn, ts, seed, balFrom, balTo, loadSeq] = columns as [Int32Array, Int32Array, Float64Array, Float64Array, Float64Array, Int32Array, Float64Array, Float64Array, Float64Array];
  const anyBalance = (a: Float64Array) => {
    for (let i = 0; i < a.length; i++) if (!Number.isNaN(a[i]!)) return true;
    return false;
  };
  const flows: Flows = {
    n: rows, from, to, valueOut, valueIn, ts, seed: Uint8Array.from(seed),
    balanceAfterFrom: anyBalance(balFrom) ? balFrom : null,
    balanceAfterTo: anyBalance(balTo) ? balTo : null,
  };
  return { flows, loadSeq };
}
