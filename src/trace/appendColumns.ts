// Bulk append of typed-array columns into a table of the case, one data chunk (2,048 rows) at a time,
// writing each vector's buffer directly: millions of result rows cost a fraction of a second, not the
// seconds a value-by-value appender would. Numeric columns only (DOUBLE, INTEGER, BIGINT, by the
// array type); a column wrapped in `nullable` turns its sentinel (a negative number, or NaN)
// into NULL through the vector's validity mask.
import { BIGINT, DOUBLE, DuckDBDataChunk, INTEGER, type DuckDBAppender, type DuckDBVector } from "@duckdb/node-api";
import duckdb from "@duckdb/node-bindings";
import type { CaseDb } from "../db/connect.js";

/** Rows per data chunk (DuckDB's vector size). */
export const CHUNK = 2048;

export type Column = Float64Array | Int32Array | BigInt64Array;
/** A column whose negative values (integers) or NaN (doubles) are stored as NULL. */
export interface Nullable { data: Column; nullable: true }
type Vec = DuckDBVector & { items: Column; flush(): void };

export const nullable = (data: Column): Nullable => ({ data, nullable: true });

export async function appendColumns(db: CaseDb, table: string, columns: (Column | Nullable)[], rows: number): Promise<void> {
  if (rows === 0) return;
  const appender = await ColumnAppender.open(db, table, columns);
  appender.append(columns, rows);
  appender.close();
}

/**
 * An open appender for rows given as columns of the kinds it was opened with, for a table
 * filled in several steps (a run's transfer rows, appended while the pass still runs).
 */
export class ColumnAppender {
  /** One block's validity mask (a bit per row, set = not NULL), as DuckDB lays it out. */
  private mask = new Uint32Array(CHUNK / 32);
  private constructor(private appender: DuckDBAppender, private chunk: DuckDBDataChunk) {}

  /** `columns` gives the column kinds (their values are not appended). */
  static async open(db: CaseDb, table: string, columns: (Column | Nullable)[]): Promise<ColumnAppender> {
    const types = columns.map((c) => ("nullable" in c ? c.data : c)).map((c) => (c instanceof Float64Array ? DOUBLE : c instanceof BigInt64Array ? BIGINT : INTEGER));
    // One chunk reused for every full block (the appender copies it): creating a chunk per block
    // cost as much as appending it. Only a short block resizes it.
    return new ColumnAppender(await db.conn.createAppender(table), DuckDBDataChunk.create(types, CHUNK));
  }

  /** Append rows `0..rows` of `columns` (same kinds, same order as opened with). */
  append(columns: (Column | Nullable)[], rows: number): void {
    const { chunk, mask } = this;
    for (let start = 0; start < rows; start += CHUNK) {
      const m = Math.min(CHUNK, rows - start);
      if (m !== chunk.rowCount) chunk.rowCount = m;
      columns.forEach((c, j) => {
        const col = "nullable" in c ? c.data : c;
        const vec = chunk.getColumnVector(j) as Vec;
        vec.items.set(col.subarray(start, start + m) as never);
        vec.flush();
        if (!("nullable" in c)) return;
        // The whole mask of a nullable column, every block (the reused chunk still holds the
        // last block's), written as words: a call per row cost more than the rest of the append.
        mask.fill(0xffffffff);
        if (col instanceof Float64Array) {
          for (let r = 0; r < m; r++) if (Number.isNaN(col[start + r]!)) mask[r >>> 5]! &= ~(1 << (r & 31));
        } else {
          // Negative = NULL; for BIGINT the sign is in the high 32-bit word (reading a
          // BigInt64Array element would allocate a BigInt).
          const w = col instanceof BigInt64Array ? new Int32Array(col.buffer, col.byteOffset + 8 * start, 2 * m) : col.subarray(start, start + m);
          const step = col instanceof BigInt64Array ? 2 : 1, hi = step - 1;
          for (let r = 0; r < m; r++) if (w[step * r + hi]! < 0) mask[r >>> 5]! &= ~(1 << (r & 31));
        }
        const raw = duckdb.data_chunk_get_vector(chunk.chunk, j);
        duckdb.vector_ensure_validity_writable(raw);
        duckdb.copy_data_to_vector_validity(raw, 0, mask.buffer, 0, Math.ceil(m / 64) * 8);
      });
      this.appender.appendDataChunk(chunk);
    }
  }

  close(): void {
    this.appender.flushSync();
    this.appender.closeSync();
  }
}


/** Pick rows `idx[0..n)` of `src` into a new array (compaction before appending). */
export function pick<T extends Float64Array | Int32Array | Int16Array>(src: T, idx: Int32Array, n: number, as: "f64" | "i32"): Float64Array | Int32Array {
  const out = as === "f64" ? new Float64Array(n) : new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = src[idx[k]!]!;
  return out;
}

/**
 * load_seq by transfer: BIGINT as read, or INTEGER where every value fits (the overlapped read
 * keeps them so: half the memory at 10M transfers).
 */
export type SeqColumn = BigInt64Array | Int32Array;

/** The load_seq (BIGINT) of transfers `idx[0..n)`; -1 where an index is negative (NULL when nullable). */
export function pickSeq(seq: SeqColumn, idx: Int32Array, n: number): BigInt64Array {
  // Copied as pairs of 32-bit words: reading a BigInt64Array element allocates a BigInt. An
  // INTEGER column is its own low words, and its high words are 0 (load_seq is never negative).
  const out = new BigInt64Array(n);
  const dst = new Int32Array(out.buffer);
  const wide = seq instanceof BigInt64Array, step = wide ? 2 : 1;
  const src = wide ? new Int32Array(seq.buffer, seq.byteOffset, 2 * seq.length) : seq;
  for (let k = 0; k < n; k++) {
    const i = idx[k]!;
    if (i >= 0) { dst[2 * k] = src[step * i]!; dst[2 * k + 1] = wide ? src[2 * i + 1]! : 0; }
    else { dst[2 * k] = -1; dst[2 * k + 1] = -1; }
  }
  return out;
}
