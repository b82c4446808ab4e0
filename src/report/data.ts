// Gathers everything the report shows from the case, as plain JSON (ReportData). Rendering
// is separate (render.ts), so a redaction step can rewrite this data in between.
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { inputError } from "../errors.js";
import { METHODS, parseMethod, type Method } from "../trace/methods.js";
import { TOOL_VERSION } from "../version.js";
import { roleFromWords, structuralRoles } from "./roles.js";
import { resolvePersons } from "./persons.js";
import type { ConfidenceRow, MethodRun, PersonsData, ReportAccount, ReportData, ReportTotals, ReportTransfer } from "./model.js";
import { caseworkForReport } from "./casework.js";

export const LEDGER_OUTFLOWS = 15;
export const TRAJECTORIES = 5000;
const KEY_ACCOUNTS = 8;

export interface GatherOptions {
  /** The trace run; default the latest. */
  runId?: string;
  /** When the report says it was written (ISO 8601). */
  generatedAt: Date;
  title?: string;
  /** Other case files for the "seen in other cases" section. */
  xref?: string[];
}

type Row = Record<string, unknown>;
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const json = <T>(v: unknown, fallback: T): T => {
  try {
    return v === null || v === undefined ? fallback : (JSON.parse(String(v)) as T);
  } catch {
    return fallback;
  }
};

export async function gatherReportData(db: CaseDb, options: GatherOptions): Promise<ReportData> {
  const conn = db.conn;
  // The user's latest trace run, never one `compare` stored for its table (trace_runs.made_by;
  // a read-only case made before that column falls back to the latest run).
  const marked = num((await allJson(conn, "report/column_exists", { table: "trace_runs", column: "made_by" }))[0]?.n) > 0;
  const runId = options.runId ?? str((await allJson(conn, marked ? "report/latest_run" : "report/latest_run_unmarked"))[0]?.run_id);
  if (!runId) throw inputError("no_run", "no trace run in the case: run flowtrace trace first", { file: db.path });
  const runRow = (await allJson(conn, "report/run", { run_id: runId }))[0];
  if (!runRow) throw inputError("unknown_run", `no such trace run: ${runId}`, { file: db.path, value: runId });
  const run = {
    id: runId,
    method: parseMethod(runRow.method, "method of stored run"),
    direction: String(runRow.direction),
    options: json<Record<string, unknown>>(runRow.options, {}),
    seeds: seedList(json<unknown>(runRow.seeds, [])),
    startedAt: String(runRow.started_at),
    finishedAt: String(runRow.finished_at),
    toolVersion: String(runRow.tool_version),
    totals: totals(json<Row>(runRow.totals, {})),
  };
  const transfers: ReportTransfer[] = (await allJson(conn, "report/transfers", { run_id: runId })).map((r) => ({
    txId: String(r.tx_id), ts: String(r.ts), from: String(r.from_account), to: String(r.to_account),
    amount: num(r.amount), currency: String(r.currency), valueOut: num(r.value_out), valueIn: num(r.value_in),
    tainted: num(r.tainted), taintedIn: num(r.tainted_in), hop: num(r.hop),
    beyondHorizon: num(r.beyond_horizon), belowThreshold: num(r.below_threshold), fees: num(r.fees),
    channel: str(r.channel), reference: str(r.reference), sourceFile: str(r.source_file),
    sourceRow: r.source_row === null || r.source_row === undefined ? null : num(r.source_row), isSeed: num(r.hop) === 0,
    ...(r.inferred === true ? { inferred: { confidence: r.inferred_confidence === null || r.inferred_confidence === undefined ? null : num(r.inferred_confidence), evidence: json<unknown[]>(r.inferred_evidence, []).map(String) } } : {}),
  }));
  const persons = run.direction === "backward" ? { payers: [], victims: [], familyOfSeed: {} } : await gatherPersons(db, runId, transfers);
  const victimName = new Map(persons.victims.map((v) => [v.key, v.name]));
  for (const t of transfers) if (t.isSeed) t.victim = victimName.get(persons.familyOfSeed[t.txId] ?? "") ?? null;
  const accounts: ReportAccount[] = (await allJson(conn, "report/accounts", { run_id: runId })).map((r) => ({
    id: String(r.account_id), holder: str(r.holder_name), kind: String(r.kind), institution: str(r.institution), country: str(r.country),
    role: "other", roleReason: "",
    taintedIn: num(r.tainted_in), taintedOut: num(r.tainted_out), retained: num(r.retained), exited: num(r.exited),
    unexplainedOut: num(r.unexplained_out), firstHop: r.first_hop === null || r.first_hop === undefined ? null : num(r.first_hop),
    firstSeen: str(r.first_seen), lastSeen: str(r.last_seen),
  }));
  const target = run.direction === "backward" ? String(run.options["target"] ?? run.seeds[0] ?? "") : undefined;
  if (await tableExists(db, "account_entities")) {
    const entity = new Map((await allJson(conn, "report/entities", { run_id: runId })).map((r) => [String(r.account_id), `${str(r.entity_name) ?? "entity"} (${String(r.entity_id)})`]));
    for (const a of accounts) a.entity = entity.get(a.id) ?? null;
  }
  const rolesSource = await assignRoles(db, runId, accounts, transfers, target);
  // The investigator's labels override the roles above (before the leaders are counted); notes go beside what they are about.
  const casework = await caseworkForReport(db, accounts, transfers, options.xref);
  const leaders = target === undefined ? await leaderInflows(db, runId, accounts) : [];

  const ledger = (await allJson(conn, "report/ledger", { run_id: runId, limit: LEDGER_OUTFLOWS })).map((r) => ({
    account: String(r.account), outTx: String(r.out_tx), inTx: str(r.in_tx), origin: String(r.origin),
    amount: num(r.amount), tainted: num(r.tainted), hop: r.hop === null || r.hop === undefined ? null : num(r.hop),
    balanceBefore: r.balance_before === null || r.balance_before === undefined ? null : num(r.balance_before),
    taintedBefore: r.tainted_before === null || r.tainted_before === undefined ? null : num(r.tainted_before),
  }));
  const linkRows = await allJson(conn, "report/ledger_links", { run_id: runId });
  // Usable only when no tainted part came from a whole balance without a named inflow.
  const ledgerLinks = linkRows.some((r) => r.in_tx === null || r.in_tx === undefined)
    ? []
    : linkRows.map((r) => ({ outTx: String(r.out_tx), inTx: String(r.in_tx), tainted: num(r.tainted) }));
  const trajectoryRows = await allJson(conn, "report/trajectories", { run_id: runId, limit: TRAJECTORIES });
  const trajectoryCount = num((await allJson(conn, "report/trajectory_count", { run_id: runId }))[0]?.n);
  // A remainder row (no seed, no path) stands for the trajectories the run did not keep.
  const trajectories = trajectoryRows.filter((r) => String(r.seed_tx ?? "") !== "").map((r) => ({
    rank: num(r.rank), seedTx: String(r.seed_tx), txPath: json<string[]>(r.tx_path, []).map(String), endAccount: String(r.end_account),
    endKind: String(r.end_kind), amount: num(r.amount), durationS: num(r.duration_s),
  }));
  return {
    title: options.title ?? "Flowtrace report",
    generatedAt: options.generatedAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
    toolVersion: TOOL_VERSION,
    currency: db.currency,
    caseFile: db.path.split(/[\\/]/).pop() ?? db.path,
    run,
    rolesSource,
    leaders,
    accounts,
    transfers,
    ledger,
    ledgerLinks,
    ledgerOutflows: num((await allJson(conn, "report/ledger_count", { run_id: runId }))[0]?.n),
    trajectories,
    trajectoryCount,
    trajectoriesComplete: trajectories.length === trajectoryCount,
    methods: await methodRuns(db, run, accounts),
    sources: (await allJson(conn, "report/sources")).map((r) => ({
      fileName: String(r.file_name), path: String(r.path), sha256: String(r.sha256), sizeBytes: num(r.size_bytes), format: String(r.format),
      recordKind: String(r.record_kind), rowsRead: num(r.rows_read), rowsLoaded: num(r.rows_loaded), rowsQuarantined: num(r.rows_quarantined),
      loadedAt: String(r.loaded_at),
    })),
    quarantine: (await allJson(conn, "report/quarantine_reasons")).map((r) => ({ reason: String(r.reason), rows: num(r.rows) })),
    origins: (await allJson(conn, "report/origins", { run_id: runId })).map((r) => ({ account: String(r.account), origin: String(r.origin), amount: num(r.amount) })),
    notes: (await allJson(conn, "report/notes", { run_id: runId })).map((r) => ({ kind: String(r.kind), count: num(r.count), amount: num(r.amount) })),
    persons,
    madeBy: marked ? str((await allJson(conn, "report/run_made_by", { run_id: runId }))[0]?.made_by) ?? "trace" : "trace",
    confidence: await gatherConfidence(db, runId),
    redacted: false,
    ...(casework ? { casework } : {}),
  };
}

/** How much of the run's traced money rests on inferred links (statements, entities, bridges). */
async function gatherConfidence(db: CaseDb, runId: string): Promise<ConfidenceRow[]> {
  for (const t of ["statement_matches", "account_entities", "hawala_bridges"]) if (!(await tableExists(db, t))) return [];
  const optional = (v: unknown) => (v === null || v === undefined ? null : num(v));
  return (await allJson(db.conn, "report/confidence", { run_id: runId }))
    .map((r) => ({ kind: String(r.kind) as ConfidenceRow["kind"], links: num(r.links), amount: num(r.amount), minConfidence: optional(r.min_confidence), medianConfidence: optional(r.median_confidence) }))
    .filter((r) => r.links > 0);
}

/** Payers and victims of the run's ransom payments as persons (persons.ts). */
async function gatherPersons(db: CaseDb, runId: string, transfers: ReportTransfer[]): Promise<PersonsData> {
  const full = (await tableExists(db, "statement_matches")) && (await tableExists(db, "statement_records")) && (await tableExists(db, "account_entities"));
  const rows = (await allJson(db.conn, full ? "report/seed_payers" : "report/seed_payers_plain", { run_id: runId })).map((r) => ({
    txId: String(r.tx_id), payer: String(r.payer), holder: str(r.holder_name), entityId: str(r.entity_id), victim: str(r.victim),
    phones: json<unknown[]>(r.phones, []).map(String),
  }));
  return resolvePersons(rows, transfers);
}

/**
 * The leader accounts and what reached them, counted once: money counts at the first leader
 * account it reaches; a transfer from one leader account to another is not counted again.
 */
async function leaderInflows(db: CaseDb, runId: string, accounts: ReportAccount[]): Promise<ReportData["leaders"]> {
  const ids = accounts.filter((a) => a.role === "leader").map((a) => a.id).sort();
  if (!ids.length) return [];
  const rows = await allJson(db.conn, "report/leader_inflows", { run_id: runId, accounts: JSON.stringify(ids) });
  const by = new Map(rows.map((r) => [String(r.account_id), r]));
  return ids.map((id) => ({ account: id, firstReached: num(by.get(id)?.from_outside), fromOtherLeaders: num(by.get(id)?.from_inside) }))
    .filter((l) => l.firstReached + l.fromOtherLeaders > 0)
    .sort((a, b) => b.firstReached - a.firstReached || (a.account < b.account ? -1 : 1));
}

function seedList(v: unknown): string[] {
  if (v && typeof v === "object" && typeof (v as Row).target === "string") return [String((v as Row).target)];
  if (v && typeof v === "object" && Array.isArray((v as Row).tx_ids)) return ((v as Row).tx_ids as unknown[]).map(String);
  if (Array.isArray(v)) return v.map((x) => (typeof x === "object" && x !== null && "tx_id" in x ? String((x as Row).tx_id) : String(x)));
  if (v && typeof v === "object") return Object.values(v as Row).flatMap((x) => (Array.isArray(x) ? x.map(String) : [String(x)]));
  return v === null || v === undefined ? [] : [String(v)];
}

function totals(all: Row): ReportTotals {
  // The tracer stores exact totals plus `presented`: cents that keep the identity exact.
  const t = all.presented && typeof all.presented === "object" ? (all.presented as Row) : all;
  const pick = (...keys: string[]) => num(keys.map((k) => t[k]).find((x) => x !== undefined && x !== null));
  const exited = t.exited;
  return {
    seeded: pick("seeded"),
    retained: pick("retained"),
    // exited may be a total or per terminal account ({account: amount}).
    exited: exited && typeof exited === "object" ? Object.values(exited as Row).reduce<number>((s, x) => s + num(x), 0) : num(exited),
    beyondHorizon: pick("beyond_horizon", "beyondHorizon"),
    belowThreshold: pick("below_threshold", "belowThreshold"),
    fees: pick("fees"),
    unexplainedOut: pick("unexplained_out", "unexplainedOut"),
  };
}

/**
 * Roles from `flowtrace detect` when it was run (scoped to this run or to the whole case);
 * accounts it did not classify, and every account without detection, keep only what the
 * trace itself shows (payer, first receiver, cash or service account) or are "not
 * classified". A detected leader candidate that got most of its traced money from other
 * leader candidates is where the leaders spent it (a front business, a purchase), not a leader.
 */
async function assignRoles(db: CaseDb, runId: string, accounts: ReportAccount[], transfers: ReportTransfer[], target?: string): Promise<ReportData["rolesSource"]> {
  const structure = structuralRoles(accounts, transfers, target);
  const detected = new Map<string, { role: ReturnType<typeof roleFromWords>; reason: string; candidate: boolean }>();
  const hasDetect = (await tableExists(db, "detect_accounts")) && (await tableExists(db, "detect_runs"));
  if (hasDetect && target === undefined) {
    for (const r of await allJson(db.conn, "report/detect_roles", { run_id: runId })) {
      const words = json<unknown[]>(r.roles, []).map(String);
      const role = roleFromWords(words);
      if (role) detected.set(String(r.account_id), { role, reason: String(r.explanation ?? ""), candidate: words.some((w) => /candidate/i.test(w)) });
    }
  }
  const leaderIds = [...detected].filter(([, d]) => d.role === "leader").map(([id]) => id).sort();
  if (leaderIds.length > 1) {
    const rows = await allJson(db.conn, "report/leader_inflows", { run_id: runId, accounts: JSON.stringify(leaderIds) });
    // Only a "leader candidate" is judged here; an account detection calls a leader stays one.
    for (const r of rows.filter((x) => detected.get(String(x.account_id))!.candidate)) {
      const inside = num(r.from_inside), outside = num(r.from_outside);
      if (inside > 0 && inside >= outside) {
        const d = detected.get(String(r.account_id))!;
        const share = ((100 * inside) / (inside + outside)).toFixed(0);
        d.role = "cash-out";
        d.reason = `paid by leader accounts (${share} % of the traced money it received came from them): where the leaders spent it, a front business or a purchase, not a leader; detection said: ${d.reason}`;
      }
    }
  }
  for (const a of accounts) {
    const d = detected.get(a.id);
    const s = structure.get(a.id)!;
    a.role = d?.role ?? s.role;
    a.roleReason = d ? `detection: ${d.reason}` : s.reason;
  }
  return detected.size > 0 ? "detection" : "structure";
}

async function methodRuns(db: CaseDb, run: ReportData["run"], accounts: ReportAccount[]): Promise<MethodRun[]> {
  const sameOptions = (o: Record<string, unknown>) => canonical(o) === canonical(run.options);
  const seen = new Set<Method>();
  const runs: { runId: string; method: Method; totals: ReportTotals }[] = [];
  for (const r of await allJson(db.conn, "report/runs_like", { run_id: run.id })) {
    const method = parseMethod(r.method, "method of stored run");
    const isMe = String(r.run_id) === run.id;
    if (!isMe && (seen.has(method) || method === run.method || !sameOptions(json<Record<string, unknown>>(r.options, {})))) continue;
    if (isMe && seen.has(method)) runs.splice(runs.findIndex((x) => x.method === method), 1);
    seen.add(method);
    runs.push({ runId: String(r.run_id), method, totals: totals(json<Row>(r.totals, {})) });
  }
  if (runs.length < 2) return runs.map((r) => ({ ...r, reached: {} }));
  // The key accounts: leaders, exits and, unclassified, the accounts where money stopped.
  const key = accounts
    .filter((a) => a.role === "leader" || a.exited > 0 || (a.role === "other" && a.retained > 0))
    .sort((a, b) => b.taintedIn - a.taintedIn || (a.id < b.id ? -1 : 1))
    .slice(0, KEY_ACCOUNTS)
    .map((a) => a.id);
  runs.sort((a, b) => METHODS.indexOf(a.method) - METHODS.indexOf(b.method) || (a.method < b.method ? -1 : 1));
  const out: MethodRun[] = [];
  for (const r of runs) {
    const reached: Record<string, number> = {};
    for (const row of await allJson(db.conn, "report/reached", { run_id: r.runId, accounts: JSON.stringify(key) })) reached[String(row.account_id)] = num(row.tainted_in);
    out.push({ ...r, reached });
  }
  return out;
}

/** Options compared apart from the method, key order ignored. */
function canonical(o: Record<string, unknown>): string {
  const rest = Object.keys(o).filter((k) => k !== "method").sort();
  return JSON.stringify(rest.map((k) => [k, o[k]]));
}

/** Optional tables (detection, statements) are missing from cases made by older versions. */
async function tableExists(db: CaseDb, name: string): Promise<boolean> {
  return num((await allJson(db.conn, "report/table_exists", { name }))[0]?.n) > 0;
}
