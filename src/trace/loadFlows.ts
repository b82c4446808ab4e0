// Load what the allocation pass needs from the case: every account's columns, and the
// transfers of the query `name` (forward_flows or backward_flows) as typed arrays.
import { listValue } from "@duckdb/node-api";
import type { CaseDb } from "../db/connect.js";
import { allJson, exec, sqlText, stream, type Params } from "../db/sql.js";
import { inputError } from "../errors.js";
import { flowsHaveBalances } from "./prepareFlows.js";
import type { SeqColumn } from "./appendColumns.js";
import { readColumns, type ColumnKind } from "./readColumns.js";
import { searchAscending } from "./txResults.js";
import type { AccountTable, Flows } from "./types.js";

export async function loadAccounts(db: CaseDb): Promise<AccountTable> {
  const count = Number((await allJson(db.conn, "trace/accounts_count"))[0]!.n);
  const acc: AccountTable = { count, terminal: new Uint8Array(count), opening: new Float64Array(count).fill(NaN) };
  // Only the accounts that are terminal or have an opening balance; the rest keep the defaults.
  const { columns } = await readColumns(await stream(db.conn, "trace/accounts_columns"), ["i32", "i32", "f64"]);
  const [key, terminal, opening] = columns as [Int32Array, Int32Array, Float64Array];
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

/** Each transfer's pos in trace_flows (its processing order; trajectories and notes look ids up by it). */
export interface Positions {
  of(transfer: number): number;
}

/** Transfers in processing order with the two keys results need. */
export interface LoadedFlows<Seq extends SeqColumn = SeqColumn> {
  flows: Flows;
  pos: Positions;
  /** Each transfer's load_seq: the key its results are stored under (trace_transfer_rows). */
  seq: Seq;
}

/** Positions held one per transfer. */
export const densePositions = (pos: Int32Array): Positions => ({ of: (i) => pos[i]! });

/**
 * Positions of transfers read in ascending pos order, kept as the runs of consecutive values:
 * run g starts at transfer `starts[g]` with pos `values[g]`. A full read has one run, or a few
 * where rows are left out (inferred links): not an array of 10M.
 */
export function runPositions(starts: number[], values: number[]): Positions {
  return {
    of(i) {
      let lo = 0, hi = starts.length - 1; // the last run starting at or before i
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (starts[mid]! <= i) lo = mid;
        else hi = mid - 1;
      }
      return values[lo]! + (i - starts[lo]!);
    },
  };
}

/**
 * The transfers of query `name` (trace/forward_flows or trace/backward_flows; the *_balances
 * variant when the case has stated balances) as typed arrays in processing order, with each
 * one's pos in trace_flows and load_seq. The query has no ORDER BY (sorting millions of rows
 * costs more than reading them): pos is checked to ascend here and the order restored if it
 * ever does not. Seed flags come from the seeds' pos. Times are read when the query returns a ts
 * column (the backward queries: their window test needs them); a forward pass needs only the
 * order, and first/last seen come from SQL when results are read.
 */
export async function loadFlows(db: CaseDb, name: string, params: Params): Promise<LoadedFlows<BigInt64Array>> {
  const balances = await flowsHaveBalances(db);
  // Arrays sized once for a full pass; a bounded (hybrid) read starts small and grows.
  const hint = name.includes("all_flows") ? Number((await allJson(db.conn, "trace/flows_count"))[0]!.n) : 1 << 18;
  const result = await stream(db.conn, balances ? `${name}_balances` : name, params);
  const withTs = result.columnNames().includes("ts");
  const kinds: ColumnKind[] = ["i32", "i32", "f64", "f64", ...(withTs ? (["f64"] as const) : []), "i32", "i64", ...(balances ? (["f64", "f64", "f64", "f64"] as const) : [])];
  const read = await readColumns(result, kinds, hint + 1);
  const at = withTs ? 5 : 4; // where pos is (load_seq follows it)
  const columns = ascending(read.columns[at] as Int32Array) ? read.columns : sortColumns(read.columns, at);
  const [from, to, valueOut, valueIn] = columns as [Int32Array, Int32Array, Float64Array, Float64Array];
  const ts = withTs ? (columns[4] as Float64Array) : null;
  const pos = columns[at] as Int32Array;
  const seq = columns[at + 1] as BigInt64Array;
  const [balFrom, balTo, gapFrom, gapTo] = columns.slice(at + 2) as [Float64Array?, Float64Array?, Float64Array?, Float64Array?];
  const seed = new Uint8Array(read.rows);
  for (const r of await allJson(db.conn, "trace/seed_positions")) {
    const i = searchAscending(pos, pos.length, Number(r.pos));
    if (i >= 0) seed[i] = 1; // a seed outside the window or not loaded is simply not replayed
  }
  const flows: Flows = {
    n: read.rows, from, to, valueOut, valueIn, ts, seed,
    balanceAfterFrom: balFrom ?? null,
    balanceAfterTo: balTo ?? null,
    balanceGapFrom: gapFrom ?? null,
    balanceGapTo: gapTo ?? null,
  };
  return { flows, pos: densePositions(pos), seq };
}

function ascending(pos: Int32Array): boolean {
  for (let i = 1; i < pos.length; i++) if (pos[i]! <= pos[i - 1]!) return false;
  return true;
}

type Arr = Float64Array | Int32Array | BigInt64Array;

function sortColumns(columns: Arr[], at: number): Arr[] {
  const pos = columns[at] as Int32Array;
  const order = Int32Array.from({ length: pos.length }, (_, i) => i).sort((x, y) => pos[x]! - pos[y]!);
  return columns.map((c) => {
    const out = new (c.constructor as new (n: number) => Arr)(c.length);
    for (let i = 0; i < order.length; i++) (out as Float64Array)[i] = (c as Float64Array)[order[i]!]!;
    return out;
  });
}
