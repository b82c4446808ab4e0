// Paths between two accounts (flowtrace paths): the bounded recursive query in
// sql/trace/paths.sql, plus the transfers of each path with their source rows.
import { listValue } from "@duckdb/node-api";
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { cents } from "./money.js";

export interface PathQuery {
  from: string; to: string; maxHops: number; since?: string; until?: string;
  windowSeconds: number; inferred: boolean; limit: number;
}

export async function findPaths(db: CaseDb, q: PathQuery) {
  const rows = await allJson(db.conn, "trace/paths", {
    from: q.from, to: q.to, max_hops: q.maxHops, since: q.since ?? "0001-01-01", until: q.until ?? "9999-12-31",
    window_s: q.windowSeconds, inferred: q.inferred, limit: q.limit,
  });
  const ids = [...new Set(rows.flatMap((r) => r.txs as string[]))];
  const tx = new Map((ids.length ? await allJson(db.conn, "trace/transfers_by_id", { ids: listValue(ids) }) : []).map((t) => [String(t.tx_id), t]));
  return {
    from: q.from, to: q.to, max_hops: q.maxHops,
    total_paths: rows.length ? Number(rows[0]!.total) : 0,
    paths: rows.map((r, k) => ({
      rank: k + 1, amount: cents(Number(r.amount)), hops: Number(r.hops), accounts: r.accounts as string[],
      transfers: (r.txs as string[]).map((id) => {
        const t = tx.get(id)!;
        return {
          tx_id: id, timestamp: t.timestamp, from_account: t.from_account, to_account: t.to_account,
          value_in: cents(Number(t.value_in)), source: { file: t.source_file, row: t.source_row === null ? null : Number(t.source_row) },
          ...(t.inferred === true ? { inferred: true } : {}),
        };
      }),
    })),
  };
}
