// Load what the allocation pass needs from the case: every account's columns, and the
// transfers of the query `name` (forward_flows or backward_flows) as typed arrays.
import { listValue } from "@duckdb/node-api";
import type { CaseDb } from "../db/connect.js";
import { allJson, exec, sqlText, stream, type Params } from "../db/sql.js";
import { inputError } from "../errors.js";
import { readColumns, type ColumnKind } from "./readColumns.js";
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
  await exec(db.conn, "trace/seed_pos_fill");
  const unknown = await allJson(db.conn, "trace/seed_ids_unknown");
  if (unknown.length) throw inputError("unknown_seed", "unknown seed transfer", { value: String(unknown[0]!.tx_id) });
}

/**
 * The transfers of query `name` (trace/forward_flows or trace/backward_flows; the *_balances
 * variant when the case has stated balances) as typed arrays in processing order. The query
 * has no ORDER BY (sorting millions of rows costs more than reading them): the order is checked
 * here on (ts, load_seq) and restored if it ever differs. Seed flags come from the seeds' load_seq.
 */
export async function loadFlows(db: CaseDb, name: string, params: Params): Promise<{ flows: Flows; loadSeq: Float64Array }> {
  const balances = Number((await allJson(db.conn, "trace/has_balances"))[0]!.n) > 0;
  // Arrays sized once for a full pass; a bounded (hybrid) read starts small and grows.
  const hint = name.includes("all_flows") ? Number((await allJson(db.conn, "trace/flows_count"))[0]!.n) : 1 << 18;
  const kinds: ColumnKind[] = ["i32", "i32", "f64", "f64", "f64", "f64", ...(balances ? (["f64", "f64"] as const) : [])];
  const read = await readColumns(await stream(db.conn, balances ? `${name}_balances` : name, params), kinds, hint + 1);
  let columns = read.columns;
  if (!inOrder(columns[4] as Float64Array, columns[5] as Float64Array)) columns = sortColumns(columns);
  const [from, to, valueOut, valueIn, ts, loadSeq, balFrom, balTo] = columns as [Int32Array, Int32Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array?, Float64Array?];
  const seedSeqs = new Set((await allJson(db.conn, "trace/seed_positions")).map((r) => Number(r.load_seq)));
  const seed = new Uint8Array(read.rows);
  if (seedSeqs.size) for (let i = 0; i < read.rows; i++) if (seedSeqs.has(loadSeq[i]!)) seed[i] = 1;
  const flows: Flows = {
    n: read.rows, from, to, valueOut, valueIn, ts, seed,
    balanceAfterFrom: balFrom ?? null,
    balanceAfterTo: balTo ?? null,
  };
  return { flows, loadSeq };
}

function inOrder(ts: Float64Array, seq: Float64Array): boolean {
  for (let i = 1; i < ts.length; i++) {
    if (ts[i]! < ts[i - 1]! || (ts[i] === ts[i - 1] && seq[i]! < seq[i - 1]!)) return false;
  }
  return true;
}

function sortColumns(columns: (Float64Array | Int32Array)[]): (Float64Array | Int32Array)[] {
  const ts = columns[4] as Float64Array, seq = columns[5] as Float64Array;
  const order = Int32Array.from({ length: ts.length }, (_, i) => i).sort((x, y) => ts[x]! - ts[y]! || seq[x]! - seq[y]!);
  return columns.map((c) => {
    const out = new (c.constructor as new (n: number) => Float64Array | Int32Array)(c.length);
    for (let i = 0; i < order.length; i++) out[i] = c[order[i]!]!;
    return out;
  });
}
