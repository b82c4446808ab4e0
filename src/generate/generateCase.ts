// `flowtrace generate`: one scenario, one seed, one folder of files. Same name and seed give
// byte-identical files (seeded generator, fixed dates, no clock); see docs/scenarios.md.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inputError } from "../errors.js";
import { answerKey, type AnswerKey } from "./answerKey.js";
import { background } from "./background.js";
import { makeCast } from "./cast.js";
import type { Ctx } from "./ctx.js";
import { exercisesMarkdown, answersTemplate } from "./exercises.js";
import { fxTable } from "./fx.js";
import { Ids } from "./ids.js";
import { benignHawala, personalTraffic } from "./personal.js";
import { planStory } from "./plan.js";
import { population } from "./population.js";
import { writeLedgerXlsx } from "./raw/hawalaXlsx.js";
import { writeRawRecords } from "./raw/writeRaw.js";
import type { RawDocument } from "./raw/rawDocuments.js";
import { Rng } from "./rng.js";
import { SCENARIOS, scenarioByName, type Scenario } from "./scenarios.js";
import { fifoFigures, type RuleFigures } from "./fifoFigures.js";
import { writeAccounts, writeFx, writeTransfers } from "./writeCanonical.js";
import { csvRow } from "./csvText.js";
import { writeAnswerSheet } from "./sheet/writeAnswerSheet.js";
import type { Lang } from "../i18n/lang.js";
import { makeFolder } from "../outputFolder.js";

export interface GenerateOptions {
  scenario: string;
  seed: number;
  out: string;
  /** Total transfers wanted (scale mode: raw records are then not written). */
  transfers?: number;
  /** Above this many transfers only canonical files are written (default RAW_LIMIT; tests lower it). */
  rawLimit?: number;
  /** More (or fewer) victims than the scenario has: groups and leaders grow with them (benchmarks). */
  victims?: number;
  /** The language of the participant's answer sheet (answer-sheet.html; default English). */
  lang?: Lang;
}

export interface GenerateResult {
  scenario: string;
  seed: number;
  out: string;
  files: string[];
  transfers: number;
  /** Transfers of the story (ransom payments, forwarding, the suspects' own traffic, hawala legs). */
  story_transfers: number;
  accounts: number;
  ransom_payments: number;
  raw_records: boolean;
}

/**
 * generateCase plus what can only be written asynchronously: the spreadsheet (.xlsx) copies of
 * the hawala ledgers (exceljs) and the answer sheet (its Ethiopic font subset). The CLI uses this one.
 */
export async function generateCaseFiles(o: GenerateOptions): Promise<GenerateResult> {
  const { result: r, documents } = generateCaseDocs(o);
  for (const d of documents) {
    await d.write(join(o.out, "raw", d.name), new Date(START * 1000));
    r.files.push(`raw/${d.name}`);
  }
  for (const f of r.files.filter((x) => /^raw\/hawala-.*\.csv$/.test(x))) {
    const xlsx = f.replace(/\.csv$/, ".xlsx");
    await writeLedgerXlsx(join(o.out, f), join(o.out, xlsx), f.slice(4, -4), new Date(START * 1000));
    r.files.push(xlsx);
  }
  const key = JSON.parse(readFileSync(join(o.out, "answer_key.json"), "utf8")) as AnswerKey;
  await writeAnswerSheet(join(o.out, "answer-sheet.html"), key, o.lang ?? "en");
  r.files.push("answer-sheet.html");
  return r;
}

/** Day 0 of every generated case: Monday 3 February 2025, 00:00 UTC. */
const START = Date.UTC(2025, 1, 3) / 1000;
/** Above this many transfers, only canonical files are written (raw records need the whole case in memory). */
export const RAW_LIMIT = 200_000;

export function generateCase(o: GenerateOptions): GenerateResult {
  return generateCaseDocs(o).result;
}

/** The case, and the raw documents (PDFs) still to write (generateCaseFiles writes them). */
function generateCaseDocs(o: GenerateOptions): { result: GenerateResult; documents: RawDocument[] } {
  const base = scenarioByName(o.scenario);
  if (!base) throw inputError("unknown_scenario", `unknown scenario: ${o.scenario} (one of ${SCENARIOS.map((x) => x.name).join(", ")})`);
  if (!Number.isSafeInteger(o.seed) || o.seed < 0) throw inputError("bad_seed", "seed must be a non-negative integer", { value: String(o.seed) });
  if (o.victims !== undefined && (!Number.isSafeInteger(o.victims) || o.victims < 1 || o.victims > 1000)) throw inputError("bad_victims", "--victims must be an integer from 1 to 1000", { value: String(o.victims) });
  const s = o.victims === undefined ? base : withVictims(base, o.victims);
  const total = o.transfers ?? s.background;
  if (!Number.isSafeInteger(total) || total < 1) throw inputError("bad_transfers", "--transfers must be a positive integer", { value: String(o.transfers) });
  const seedText = `${s.name}:${o.seed}${o.victims === undefined ? "" : `:v${o.victims}`}`;
  const rng = new Rng(seedText);
  const ctx: Ctx = { rng, fx: fxTable(rng.fork("fx"), s.days), ids: new Ids(rng.fork("ids")), phoneOffset: rng.fork("phones").int(0, 999), start: START, days: s.days, accounts: new Map(), transfers: [] };
  const pop = population(seedText, Math.max(150, Math.min(2_000_000, Math.round(total / 12))));
  for (const svc of pop.services) ctx.accounts.set(svc.id, svc);
  const cast = makeCast(ctx, s);
  const story = planStory(ctx, s, cast, pop);
  personalTraffic(ctx, cast, pop);
  if (s.channels.hawala > 0) benignHawala(ctx, cast, pop, s.victims * 3 + 5);

  makeFolder(o.out);
  const raw = total <= (o.rawLimit ?? RAW_LIMIT);
  const { kept, count } = writeTransfers(o.out, ctx, background(ctx, pop), total, raw);
  const accounts = writeAccounts(o.out, ctx, pop);
  writeFx(o.out, ctx);
  const files = ["transfers.csv", "accounts.csv", "fx.csv", "fx-parallel.csv"];
  let statements: { statement_id: string; tx_id: string }[] = [];
  let documents: RawDocument[] = [];
  let figures: RuleFigures | null = null;
  if (raw) {
    // The raw writers name counterparties, ordinary people included: a small case holds them all.
    const everyone = new Map(ctx.accounts);
    for (const a of pop.each()) if (!everyone.has(a.id)) everyone.set(a.id, a);
    // The amount questions' figures under the rule the exercise teaches (fifoFigures.ts).
    figures = fifoFigures(ctx, kept, everyone, new Set(story.payments.map((p) => p.tx)));
    const r = writeRawRecords(join(o.out, "raw"), { ...ctx, accounts: everyone }, kept, story);
    statements = r.statements;
    documents = r.documents;
    files.push(...r.files.map((f) => `raw/${f}`));
  }
  writeFileSync(join(o.out, "seeds.csv"), csvRow(["tx_id", "victim", "episode", "payer_account", "to_account", "channel"]) +
    story.payments.map((p) => csvRow([p.tx, p.victim, p.episode, p.payerAccount, p.to, p.channel])).join(""));
  const key: AnswerKey = answerKey(ctx, s, o.seed, `${o.transfers !== undefined ? ` --transfers ${o.transfers}` : ""}${o.victims !== undefined ? ` --victims ${o.victims}` : ""}`, cast, story, pop, statements, figures);
  writeFileSync(join(o.out, "answer_key.json"), JSON.stringify(key, null, 2) + "\n");
  writeFileSync(join(o.out, "exercises.md"), exercisesMarkdown(key));
  writeFileSync(join(o.out, "answers-template.json"), JSON.stringify(answersTemplate(key), null, 2) + "\n");
  files.push("seeds.csv", "answer_key.json", "exercises.md", "answers-template.json");
  return { result: { scenario: s.name, seed: o.seed, out: o.out, files, transfers: count, story_transfers: ctx.transfers.length, accounts, ransom_payments: story.payments.length, raw_records: raw }, documents };
}

/** A scenario scaled to `victims`: about eight victims per group, a leader per three groups. */
function withVictims(s: Scenario, victims: number): Scenario {
  const groups = Math.max(s.groups, Math.round(victims / 8));
  return { ...s, victims, groups, leaders: Math.max(s.leaders, Math.min(groups, Math.ceil(groups / 3))) };
}
