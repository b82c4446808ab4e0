// Read a DuckDB result chunk by chunk straight into typed arrays (one array per column, no
// object per row). DOUBLE and INTEGER vectors expose their data as typed arrays; where a
// client version hides them we fall back to item-by-item reads.
import type { DuckDBResult, DuckDBVector } from "@duckdb/node-api";

export type ColumnKind = "f64" | "i32";
type Arr = Float64Array | Int32Array;

export async function readColumns(result: DuckDBResult, kinds: ColumnKind[], sizeHint = 1 << 16): Promise<{ rows: number; columns: Arr[] }> {
  let cap = Math.max(1024, sizeHint);
  let cols: Arr[] = kinds.map((k) => (k === "f64" ? new Float64Array(cap) : new Int32Array(cap)));
  let rows = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const m = chunk.rowCount;
    if (rows + m > cap) {
      while (rows + m > cap) cap *= 2;
      cols = cols.map((c) => {
        const bigger = c instanceof Float64Array ? new Float64Array(cap) : new Int32Array(cap);
        bigger.set(c.subarray(0, rows));
        return bigger;
      });
    }
    for (let j = 0; j < kinds.length; j++) {
      const vec = chunk.getColumnVector(j) as DuckDBVector & { items?: Arr };
      const items = vec.items;
      if (items && items.length >= m) cols[j]!.set(items.subarray(0, m), rows);
      else for (let r = 0; r < m; r++) cols[j]![rows + r] = Number(vec.getItem(r));
    }
    rows += m;
  }
  return { rows, columns: cols.map((c) => c.subarray(0, rows)) };
}
