// Statements → candidate transfers, ranked, then assigned one to one: each statement gets its
// best transfer (or tranche group) that no better-fitting statement has claimed, so several
// relatives paying for one victim, and repeat payments after a victim is sold on, each find
// their own transfer. Results are stored in the case (statement_records, statement_matches).
import type { CaseDb } from "../db/connect.js";
import { allJS, exec } from "../db/sql.js";
import { inputError } from "../errors.js";
import type { Decision } from "./readDecisions.js";
import { readStatements } from "./readStatements.js";
import { scoreCandidate, type Candidate, type Scored } from "./scoreCandidate.js";
import { trancheOption, type MatchOption } from "./trancheOption.js";
import { DAY, statementFacts, type Statement, type StatementFacts } from "./statementFacts.js";

export interface MatchOptions {
  /** Days either side of the stated date (default 7). */
  days?: number;
  /** Candidates listed per statement besides the chosen one (default 3). */
  top?: number;
  /** The investigator's confirmations and rejections (readDecisions). */
  decisions?: Decision[];
}

export interface StatementMatch {
  statement_id: string;
  tx_id: string;
  confidence: number;
  reasons: string[];
  rank: number;
  chosen: boolean;
  tranche_group: string | null;
}

export interface MatchResult {
  statements: number;
  matched: number;
  unmatched: string[];
  matches: StatementMatch[];
}


const MIN_CHOSEN = 0.35;

export async function matchStatements(db: CaseDb, file: string, options: MatchOptions = {}): Promise<MatchResult> {
  const window = options.days ?? 7;
  const top = options.top ?? 3;
  const statements = await readStatements(db.conn, file);
  const perStatement = new Map<string, Scored[]>();
  const optionsList: MatchOption[] = [];
  const prepared = [];
  for (const st of statements) {
    const facts = statementFacts(st);
    prepared.push({ st, facts, value: await statedValue(db, facts.amount, facts.currency, facts.date) });
  }
  const byStatement = await candidates(db, prepared.map(({ facts, value }) => windowOf(facts, window + facts.dateSlack, value)));
  for (const { st, facts, value } of prepared) {
    const cands = byStatement.get(st.statement_id) ?? [];
    const scored = cands.map((c) => scoreCandidate(facts, c, value, db.currency, window))
      .filter((s) => s.confidence >= 0.2)
      .sort((a, b) => b.confidence - a.confidence || cmp(a.tx_id, b.tx_id));
    perStatement.set(st.statement_id, scored);
    for (const s of scored.slice(0, 20)) optionsList.push({ statement: st.statement_id, txs: [s], confidence: s.confidence, group: null, reasons: [s.reasons] });
    if ((scored[0]?.amount.score ?? 0) < 0.85) {
      const tranches = trancheOption(facts, scored, cands, value, db.currency, window);
      if (tranches) optionsList.push(tranches);
    }
    const mine = (options.decisions ?? []).filter((d) => d.statement_id === st.statement_id);
    const confirmed = mine.filter((d) => d.confirm);
    if (confirmed.length) {
      const txs: Scored[] = [];
      for (const d of confirmed) {
        const c = cands.find((x) => x.tx_id === d.tx_id) ?? ((await allJS(db.conn, "statements/transfer_by_id", { tx_id: d.tx_id }))[0] as unknown as Candidate | undefined);
        if (!c) throw inputError("unknown_tx", "confirmed transfer not in the case", { file: d.file, row: d.row, column: "tx_id", value: d.tx_id });
        txs.push(scoreCandidate(facts, c, value, db.currency, window));
      }
      optionsList.push({
        statement: st.statement_id, txs, confidence: 1, confirmed: true, group: txs.length > 1 ? `${st.statement_id}/confirmed` : null,
        reasons: txs.map((t, i) => [`confirmed by the investigator (${confirmed[i]!.file} row ${confirmed[i]!.row})${confirmed[i]!.note ? `: ${confirmed[i]!.note}` : ""}`, ...t.reasons]),
      });
    }
    const rejected = new Set(mine.filter((d) => !d.confirm).map((d) => d.tx_id));
    for (let i = optionsList.length - 1; i >= 0; i--) {
      const o = optionsList[i]!;
      if (o.statement === st.statement_id && !o.confirmed && o.txs.some((t) => rejected.has(t.tx_id))) optionsList.splice(i, 1);
    }
    if (rejected.size) perStatement.set(st.statement_id, scored.filter((x) => !rejected.has(x.tx_id)));
  }
  const chosen = assign(optionsList);
  const matches: StatementMatch[] = [];
  for (const st of statements) {
    const pick = chosen.get(st.statement_id);
    const list: StatementMatch[] = [];
    if (pick) {
      pick.txs.forEach((t, i) => list.push({ statement_id: st.statement_id, tx_id: t.tx_id, confidence: pick.group || pick.confirmed ? pick.confidence : t.confidence, reasons: pick.reasons[i]!, rank: 0, chosen: true, tranche_group: pick.group }));
    }
    const taken = new Set(list.map((m) => m.tx_id));
    for (const s of perStatement.get(st.statement_id)!) {
      if (list.length >= top + (pick?.txs.length ?? 0)) break;
      if (taken.has(s.tx_id)) continue;
      list.push({ statement_id: st.statement_id, tx_id: s.tx_id, confidence: s.confidence, reasons: s.reasons, rank: 0, chosen: false, tranche_group: null });
    }
    list.forEach((m, i) => (m.rank = i + 1));
    matches.push(...list);
  }
  await store(db, statements, matches);
  const unmatched = statements.filter((s) => !chosen.has(s.statement_id)).map((s) => s.statement_id);
  return { statements: statements.length, matched: statements.length - unmatched.length, unmatched, matches };
}

/** Greedy one-to-one assignment by confidence; ties broken by ids so every run agrees. */
function assign(options: MatchOption[]): Map<string, MatchOption> {
  const sorted = [...options].sort((a, b) => Number(!!b.confirmed) - Number(!!a.confirmed) || b.confidence - a.confidence || cmp(a.statement, b.statement) || cmp(a.txs[0]!.tx_id, b.txs[0]!.tx_id) || a.txs.length - b.txs.length);
  const chosen = new Map<string, MatchOption>();
  const claimed = new Set<string>();
  for (const o of sorted) {
    if (o.confidence < MIN_CHOSEN) break;
    if (chosen.has(o.statement) || o.txs.some((t) => claimed.has(t.tx_id))) continue;
    chosen.set(o.statement, o);
    for (const t of o.txs) claimed.add(t.tx_id);
  }
  return chosen;
}

async function statedValue(db: CaseDb, amount: number | undefined, currency: string | undefined, date: number | undefined): Promise<number | undefined> {
  if (amount === undefined) return undefined;
  if (!currency || currency === db.currency) return currency ? amount : undefined;
  const day = new Date(date ?? 0).toISOString().slice(0, 10);
  const rate = (await allJS(db.conn, "statements/fx_rate", { currency, date: day }))[0]?.rate as number | undefined;
  return rate === undefined ? undefined : amount * rate;
}

/** The date window and amount bounds of one statement; tranches can be a fraction of the stated amount. */
function windowOf(f: StatementFacts, days: number, value: number | undefined) {
  const amount = f.amount;
  return {
    id: f.id,
    since: f.date === undefined ? "1900-01-01 00:00:00" : iso(f.date - days * DAY),
    until: f.date === undefined ? "2999-12-31 00:00:00" : iso(f.date + (days + 1) * DAY - 1000),
    currency: f.currency ?? "",
    amount_lo: amount === undefined ? 0 : amount * 0.1, amount_hi: amount === undefined ? 1e18 : amount * 1.3,
    value_lo: value === undefined ? (amount === undefined ? 0 : 1e18) : value * 0.1, value_hi: value === undefined ? (amount === undefined ? 1e18 : 0) : value * 1.3,
  };
}

async function candidates(db: CaseDb, windows: ReturnType<typeof windowOf>[]): Promise<Map<string, Candidate[]>> {
  const out = new Map<string, Candidate[]>();
  for (const r of await allJS(db.conn, "statements/candidates", { windows: JSON.stringify(windows) })) {
    const { statement_id, ...c } = r;
    const list = out.get(String(statement_id)) ?? [];
    list.push(c as unknown as Candidate);
    out.set(String(statement_id), list);
  }
  return out;
}

async function store(db: CaseDb, statements: Statement[], matches: StatementMatch[]): Promise<void> {
  await exec(db.conn, "statements/save_statements", { rows: JSON.stringify(statements) });
  await exec(db.conn, "statements/clear_matches", { ids: JSON.stringify(statements.map((s) => s.statement_id)) });
  await exec(db.conn, "statements/save_matches", { rows: JSON.stringify(matches.map((m) => ({ ...m, reasons: JSON.stringify(m.reasons) }))) });
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace("T", " ");
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
