// Detection quality on generated scenarios, against their answer keys: how much of the top of
// the ranking is the extortion network, where the look-alike hubs rank, and precision/recall
// per pattern and role.
import { existsSync, readFileSync } from "node:fs";
import { listValue } from "@duckdb/node-api";
import { join } from "node:path";
import { memoryIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run.js";
import { openCase } from "../../src/db/connect.js";
import { allJson } from "../../src/db/sql.js";
import { detectConfigSchema } from "../../src/detect/config.js";
import { detect } from "../../src/detect/detect.js";
import type { DetectResult } from "../../src/detect/types.js";
import { ingestFiles } from "../../src/ingest/ingestFiles.js";

export interface Truth {
  network: Set<string>;
  collectors: Set<string>;
  brokers: Set<string>;
  leaders: Set<string>;
  fronts: Set<string>;
  lookalikes: Set<string>;
  /** Per sold-on victim, the payments of the second and later episodes. */
  soldOnPayments: Map<string, Set<string>>;
}

export interface CaseScore {
  k: number;
  topK: number;
  lookalikeRank: number | null;
  /** tp/fp/fn; ptp, where given, is precision's numerator when it counts other things than tp. */
  metrics: Map<string, Counts>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  ptp?: number;
}

/**
 * Generates (once) and ingests a scenario, runs detection and scores it against the key.
 * With `bridges`, `flowtrace hawala` first infers the hawala legs no record links, and
 * detection follows them (include_inferred).
 */
export async function scoreGenerated(workDir: string, scenario: string, seed: number, bridges = false): Promise<CaseScore> {
  const dir = join(workDir, `detect-${scenario}-${seed}`);
  if (!existsSync(join(dir, "answer_key.json"))) {
    const code = await runCli(["generate", "--scenario", scenario, "--seed", String(seed), "--out", dir], memoryIo());
    if (code !== 0) throw new Error(`generate ${scenario} ${seed} failed`);
  }
  const dbPath = join(dir, bridges ? "case-bridges.duckdb" : "case.duckdb");
  if (!existsSync(dbPath)) {
    const fresh = await openCase(dbPath);
    try {
      await ingestFiles(fresh, ["fx.csv", "accounts.csv", "transfers.csv"].map((f) => join(dir, f)), { quiet: true }, memoryIo());
    } finally {
      fresh.close();
    }
    if (bridges && (await runCli(["hawala", "--db", dbPath], memoryIo())) !== 0) throw new Error(`hawala ${scenario} ${seed} failed`);
  }
  const db = await openCase(dbPath);
  try {
    const config = detectConfigSchema.parse({ include_inferred: bridges });
    const result = await detect(db, { config, now: () => new Date(0), toolVersion: "eval" });
    const key = JSON.parse(readFileSync(join(dir, "answer_key.json"), "utf8"));
    const a = key.answers;
    const roles = peopleByRole(key);
    const network = [...roles.collector, ...roles.broker, ...roles.leader, ...(a.front_businesses ?? [])] as string[];
    const active = new Set((await allJson(db.conn, "tools/detect/eval_active_accounts", {
      seeds: listValue(a.ransom_payments as string[]), network: listValue(network),
    })).map((r) => r.account_id as string));
    const truth = readTruth(key, active);
    return score(result, truth);
  } finally {
    db.close();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function peopleByRole(key: any): Record<"collector" | "broker" | "leader", string[]> {
  const out = { collector: [] as string[], broker: [] as string[], leader: [] as string[] };
  for (const p of key.people as { role: string; accounts: string[] }[]) {
    if (p.role === "collector" || p.role === "broker" || p.role === "leader") out[p.role].push(...p.accounts);
  }
  return out;
}

/** The answer key's network, keeping accounts that moved money (a spare wallet never used for the crime is not findable). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function readTruth(key: any, active: Set<string>): Truth {
  const a = key.answers;
  const soldOnPayments = new Map<string, Set<string>>();
  const soldOn = new Set<string>(a.sold_on_victims ?? []);
  for (const v of key.victims as { id: string; payments: { tx_id: string; to: string; episode: number }[] }[]) {
    for (const p of v.payments) {
      if (soldOn.has(v.id) && p.episode > 1) soldOnPayments.set(v.id, (soldOnPayments.get(v.id) ?? new Set()).add(p.tx_id));
    }
  }
  const keep = (ids: string[]) => new Set(ids.filter((id) => active.has(id)));
  const roles = peopleByRole(key);
  const collectors = keep(roles.collector);
  const brokers = keep(roles.broker);
  const leaders = keep(roles.leader);
  const fronts = keep(a.front_businesses ?? []);
  return {
    network: new Set([...collectors, ...brokers, ...leaders, ...fronts]),
    collectors, brokers, leaders, fronts,
    lookalikes: new Set(a.lookalikes ?? []),
    soldOnPayments,
  };
}

function score(r: DetectResult, t: Truth): CaseScore {
  const ranked = r.accounts.filter((x) => x.score > 0);
  const k = Math.min(10, t.network.size);
  const topK = ranked.slice(0, k).filter((x) => t.network.has(x.account)).length / Math.max(1, k);
  const isHub = (id: string) => t.lookalikes.has(id) || id.startsWith("agent:") || id.startsWith("merchant:");
  const hubRank = ranked.findIndex((x) => isHub(x.account));
  const metrics = new Map<string, Counts>();
  const pr = (name: string, found: Set<string>, truth: Set<string>) => {
    const m = { tp: 0, fp: 0, fn: 0 };
    for (const a of found) if (truth.has(a)) m.tp++; else m.fp++;
    for (const a of truth) if (!found.has(a)) m.fn++;
    metrics.set(name, m);
  };
  const flagged = (pattern: string, first = false) =>
    new Set(r.findings.filter((f) => f.pattern === pattern).flatMap((f) => (first ? [f.accounts[0]!] : f.accounts)));
  const withRole = (role: string) => new Set(r.accounts.filter((x) => x.roles.includes(role as never)).map((x) => x.account));
  pr("ransom_collection (vs collectors)", flagged("ransom_collection"), t.collectors);
  pr("pass_through (vs network)", flagged("pass_through"), t.network);
  pr("consolidation targets (vs network)", flagged("consolidation", true), t.network);
  pr("role collector", withRole("collector"), t.collectors);
  pr("role broker", withRole("broker"), t.brokers);
  pr("role leader candidate (vs leaders + front businesses)", withRole("leader candidate"), new Set([...t.leaders, ...t.fronts]));
  pr("score >= 0.5 (vs network)", new Set(ranked.filter((x) => x.score >= 0.5).map((x) => x.account)), t.network);
  // repeat extortion, per victim: a sold-on victim is found when one of the payments made for
  // him after he was sold on is a seed of a repeat-extortion finding (relatives who join only
  // later cannot be linked by payer, so per-payment recall would understate it); a finding is
  // right when one of its seeds is such a payment.
  const repeat = r.findings.filter((f) => f.pattern === "repeat_extortion");
  const later = new Set([...t.soldOnPayments.values()].flatMap((x) => [...x]));
  const seeds = new Set(repeat.flatMap((f) => f.seeds));
  const m = { tp: 0, fp: 0, fn: 0, ptp: 0 };
  for (const f of repeat) if (f.seeds.some((x) => later.has(x))) m.ptp++; else m.fp++;
  for (const txs of t.soldOnPayments.values()) if ([...txs].some((x) => seeds.has(x))) m.tp++; else m.fn++;
  metrics.set("repeat_extortion (sold-on victims found)", m);
  return { k, topK, lookalikeRank: hubRank < 0 ? null : hubRank + 1, metrics };
}
