// Read a DuckDB result chunk by chunk straight into typed arrays (one array per column, no
// object per row). DOUBLE, INTEGER and BIGINT vectors expose their data as typed arrays; where
// a client version hides them we fall back to item-by-item reads.
import type { DuckDBResult, DuckDBVector } from "@duckdb/node-api";

export type ColumnKind = "f64" | "i32" | "i64";
type Arr = Float64Array | Int32Array | BigInt64Array;

const make = (k: ColumnKind | Arr, n: number): Arr =>
  k === "f64" || k instanceof Float64Array ? new Float64Array(n) : k === "i64" || k instanceof BigInt64Array ? new BigInt64Array(n) : new Int32Array(n);

export async function readColumns(result: DuckDBResult, kinds: ColumnKind[], sizeHint = 1 << 16): Promise<{ rows: number; columns: Arr[] }> {
  let cap = Math.max(1024, sizeHint);
  let cols: Arr[] = kinds.map((k) => make(k, cap));
  let rows = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const m = chunk.rowCount;
    if (rows + m > cap) {
      while (rows + m > cap) cap *= 2;
      cols = cols.map((c) => {
        const bigger = make(c, cap);
        bigger.set(c.subarray(0, rows) as never);
        return bigger;
      });
    }
    for (let j = 0; j < kinds.length; j++) {
      const vec = chunk.getColumnVector(j) as DuckDBVector & { items?: Arr };
      const items = vec.items;
      const col = cols[j]!;
      if (items && items.length >= m) col.set(items.subarray(0, m) as never, rows);
      else if (col instanceof BigInt64Array) for (let r = 0; r < m; r++) col[rows + r] = BigInt(vec.getItem(r) as bigint);
      else for (let r = 0; r < m; r++) col[rows + r] = Number(vec.getItem(r));
    }
    rows += m;
  }
  return { rows, columns: cols.map((c) => c.subarray(0, rows)) };
}
