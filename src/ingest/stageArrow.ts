// Canonical input as an Arrow IPC file: the bundled DuckDB cannot read Arrow IPC offline, so
// apache-arrow decodes it and the values go into the staging table column by column, in
// data chunks through DuckDB's appender. Values become text here only; every check is the
// same SQL as for the other containers.
import { readFileSync } from "node:fs";
import { BIGINT, DuckDBDataChunk, VARCHAR, type DuckDBValue } from "@duckdb/node-api";
import type { Type as ArrowType, Vector } from "apache-arrow";
import type { CaseDb } from "../db/connect.js";
import { CANONICAL_COLUMNS, type CanonicalKind } from "./canonicalColumns.js";

const CHUNK = 2048;

/** An Arrow value as the text a CSV would have held. */
function text(vector: Vector, i: number, Type: typeof ArrowType): string | null {
  const v: unknown = vector.get(i);
  if (v === null || v === undefined) return null;
  switch (vector.type.typeId) {
    case Type.Timestamp:
      return new Date(Number(v)).toISOString();
    case Type.Date:
      return new Date(Number(v)).toISOString().slice(0, 10);
    case Type.Decimal: {
      const scale = (vector.type as { scale: number }).scale;
      const digits = String(v).replace("-", "").padStart(scale + 1, "0");
      const sign = String(v).startsWith("-") ? "-" : "";
      return scale ? `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}` : `${sign}${digits}`;
    }
    default:
      return typeof v === "object" ? JSON.stringify(v) : String(v);
  }
}

export async function stageArrow(db: CaseDb, kind: CanonicalKind, path: string): Promise<void> {
  const { Type, tableFromIPC } = await import("apache-arrow"); // on first use: it slows every CLI start
  const table = tableFromIPC(readFileSync(path));
  const names = [...CANONICAL_COLUMNS[kind].required, ...CANONICAL_COLUMNS[kind].optional];
  const byName = new Map(table.schema.fields.map((f, i) => [f.name.trim().toLowerCase(), i]));
  const vectors = names.map((n) => {
    const i = byName.get(n);
    return i === undefined ? undefined : table.getChildAt(i) ?? undefined;
  });
  const types = [BIGINT, VARCHAR, ...names.map(() => VARCHAR)];
  const appender = await db.conn.createAppender(`stage_${kind}`, "main", "temp");
  try {
    for (let start = 0; start < table.numRows; start += CHUNK) {
      const n = Math.min(CHUNK, table.numRows - start);
      const chunk = DuckDBDataChunk.create(types, n);
      const rows: DuckDBValue[] = [];
      for (let r = 0; r < n; r++) rows.push(BigInt(start + r + 1));
      chunk.setColumnValues(0, rows);
      chunk.setColumnValues(1, new Array<DuckDBValue>(n).fill(null));
      vectors.forEach((vec, c) => {
        const values: DuckDBValue[] = new Array(n);
        for (let r = 0; r < n; r++) values[r] = vec ? text(vec, start + r, Type) : null;
        chunk.setColumnValues(c + 2, values);
      });
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
