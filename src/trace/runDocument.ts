// The document `trace --json` prints (docs/spec/cli-contract.md), rebuilt from the stored run so that
// what is printed is exactly what the case holds. Amounts in cents; per account, retained is
// printed as tainted_in - tainted_out so that each row adds up as printed.
import type { CaseDb } from "../db/connect.js";
import { allJson, stream } from "../db/sql.js";
import { inputError } from "../errors.js";
import { METHOD_TRAITS, parseMethod, type Method } from "./methods.js";
import { cents } from "./money.js";
import type { Totals } from "./types.js";

export interface TraceDoc {
  run_id: string;
  method: Method;
  direction: string;
  options: Record<string, unknown>;
  seeds: Record<string, unknown>;
  totals: Totals & { exited_by_account?: Record<string, number> };
  accounts: Record<string, unknown>[];
  /**
   * "full": every traced transfer, as batches read from the case while the document is printed
   * (printJsonStreaming; millions of them do not fit in memory as objects). Otherwise empty.
   */
  transfers: Record<string, unknown>[] | AsyncIterable<Record<string, unknown>[]>;
  origins?: Record<string, unknown>[];
  trajectories?: Record<string, unknown>[];
  notes?: Record<string, unknown>[];
  /** Summary documents only: how many accounts the run holds. */
  account_count?: number;
  /** How many inferred links (hawala bridges) the run followed, with their confidence range. */
  inferred_links: { followed: number; min_confidence: number | null; max_confidence: number | null };
}

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/**
 * What a document holds: "full" (trace --json) every account and transfer; "accounts" every
 * account and no transfer (compare); "summary" (a person's view) the top accounts only.
 */
export type DocView = "full" | "accounts" | "summary";

export async function runDocument(db: CaseDb, runId: string, view: DocView = "full"): Promise<TraceDoc> {
  const full = view !== "summary";
  const run = (await allJson(db.conn, "trace/run_get", { run_id: runId }))[0];
  if (!run) throw inputError("unknown_run", "unknown run", { value: runId });
  const method = parseMethod(run.method, "method of stored run");
  const stored = JSON.parse(String(run.totals)) as { presented: Totals };
  const accounts = (await allJson(db.conn, "trace/result_accounts", { run_id: runId, limit: full ? null : 15 })).map((a) => {
    const tin = cents(num(a.tainted_in)), tout = cents(num(a.tainted_out));
    const terminal = a.kind === "service" || a.kind === "cash";
    return {
      account: a.account, kind: a.kind, tainted_in: tin, tainted_out: tout,
      retained: !METHOD_TRAITS[method].conserving ? cents(num(a.retained)) : terminal ? 0 : cents(tin - tout),
      unexplained_out: cents(num(a.unexplained_out)), first_hop: a.first_hop, exited: cents(num(a.exited)),
      first_seen: a.first_seen, last_seen: a.last_seen,
    };
  });
  const exitedBy: Record<string, number> = {};
  for (const a of accounts) if (a.exited > 0) exitedBy[String(a.account)] = a.exited;
  const transfer = (t: Record<string, unknown>) => ({
    tx_id: t.tx_id, timestamp: t.timestamp, from_account: t.from_account, to_account: t.to_account,
    tainted: cents(num(t.tainted)), tainted_in: cents(num(t.tainted_in)), hop: t.hop,
    ...(t.hops ? { hops: JSON.parse(String(t.hops), (_k, v) => (typeof v === "number" ? cents(v) : v)) } : {}),
    beyond_horizon: cents(num(t.beyond_horizon)), below_threshold: cents(num(t.below_threshold)), fees: cents(num(t.fees)),
    source: { file: t.source_file, row: t.source_row === null ? null : Number(t.source_row) },
    // Only inferred links say so: a hawala bridge is in no record (its evidence: hawala_bridges).
    ...(t.inferred === true ? { inferred: true, inferred_confidence: t.inferred_confidence === null ? null : Number(t.inferred_confidence) } : {}),
  });
  // Read only when printed, chunk by chunk (nothing else may run on the connection meanwhile).
  const transfers = view === "full"
    ? { async *[Symbol.asyncIterator]() {
        const result = await stream(db.conn, "trace/result_transfers", { run_id: runId });
        for await (const rows of result.yieldRowObjectJson()) yield rows.map(transfer);
      } }
    : [];
  const doc: TraceDoc = {
    run_id: runId, method, direction: String(run.direction),
    options: JSON.parse(String(run.options)), seeds: JSON.parse(String(run.seeds)),
    totals: { ...stored.presented, exited_by_account: exitedBy }, accounts, transfers,
    inferred_links: await inferredFollowed(db, runId),
  };
  if (!full) doc.account_count = Number((await allJson(db.conn, "trace/result_account_count", { run_id: runId }))[0]!.n);
  const notes = await allJson(db.conn, "trace/result_notes", { run_id: runId });
  const origins = notes.filter((n) => n.kind === "origin");
  if (run.direction === "backward") {
    doc.origins = origins.map((o) => ({ account: o.account_id, contributed: cents(num(o.amount)), ...JSON.parse(String(o.detail ?? "{}")) }));
  }
  const other = notes.filter((n) => n.kind !== "origin");
  if (other.length) doc.notes = other.map((n) => ({ kind: n.kind, account: n.account_id, tx_id: n.tx_id, amount: cents(num(n.amount)), ...JSON.parse(String(n.detail ?? "{}"), (k, v) => (typeof v === "number" && k !== "rate" ? cents(v) : v)) }));
  const trj = await allJson(db.conn, "trace/result_trajectories", { run_id: runId });
  if (trj.length) {
    doc.trajectories = trj.map((t) => ({
      rank: t.rank, seed_tx: t.seed_tx, tx_path: JSON.parse(String(t.tx_path)), end_account: t.end_account,
      end_kind: t.end_kind, amount: cents(num(t.amount)), duration_s: num(t.duration_s),
    }));
  }
  return doc;
}

async function inferredFollowed(db: CaseDb, runId: string): Promise<TraceDoc["inferred_links"]> {
  const r = (await allJson(db.conn, "trace/result_inferred", { run_id: runId }))[0]!;
  const conf = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return { followed: Number(r.n), min_confidence: conf(r.min_confidence), max_confidence: conf(r.max_confidence) };
}
