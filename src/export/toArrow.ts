// Arrow IPC file (readable by pyarrow, polars, DuckDB, apache-arrow): text columns as Utf8,
// amounts and figures as Float64, flags as Bool, hops as Int32. Column types are fixed per
// column name, not guessed from the data, so every export has the same schema.
import type { makeVector } from "apache-arrow";
import type { Row } from "./exportData.js";

const FLOAT = new Set(["amount", "amount_received", "value_out", "value_in", "fx_rate", "inferred_confidence", "tainted", "opening_balance", "tainted_in", "tainted_out", "retained", "exited"]);
const INT = new Set(["hop", "first_hop", "source_row"]);
const BOOL = new Set(["inferred", "out_inferred", "in_inferred"]);

export async function toArrow(rows: Row[], columns: readonly string[]): Promise<Uint8Array> {
  // apache-arrow is loaded on first use: importing it slows every CLI start.
  const { Bool, Float64, Int32, Utf8, Table, tableToIPC, vectorFromArray } = await import("apache-arrow");
  const vectors: Record<string, ReturnType<typeof makeVector>> = {};
  for (const c of columns) {
    const values = rows.map((r) => r[c] ?? null);
    if (FLOAT.has(c)) vectors[c] = vectorFromArray(values.map((v) => (v === null ? null : Number(v))), new Float64());
    else if (INT.has(c)) vectors[c] = vectorFromArray(values.map((v) => (v === null ? null : Number(v))), new Int32());
    else if (BOOL.has(c)) vectors[c] = vectorFromArray(values.map((v) => (v === null ? null : v === true || v === "true")), new Bool());
    else vectors[c] = vectorFromArray(values.map((v) => (v === null ? null : String(v))), new Utf8());
  }
  return tableToIPC(new Table(vectors), "file");
}
