// Scores a participant's answers against a case's answer key, question by question: sets of
// ids by precision and recall (F1), amounts within the question's tolerance (full marks) and
// falling to zero at five times it, per-victim totals and receiving accounts, pairs as sets.
// The key's own `answers` object is a valid answers file and scores 1.0.
import { z } from "zod";
import { inputError } from "../errors.js";
import { normaliseId } from "./normaliseId.js";
import { victimResolver } from "./victimResolver.js";

const question = z.object({ id: z.string(), kind: z.enum(["set", "amount", "amount_map", "victims", "pairs"]), text: z.string(), tolerance: z.number().optional() });
export const keySchema = z.object({
  questions: z.array(question).min(1),
  answers: z.record(z.string(), z.unknown()),
  victims: z.array(z.object({ id: z.string(), name: z.string() }).passthrough()).optional(),
});
const answersSchema = z.object({ answers: z.record(z.string(), z.unknown()) });

const amount = z.union([z.number(), z.string().regex(/^-?[\d,]*\.?\d+$/).transform((s) => Number(s.replace(/,/g, "")))]).nullable();
const VALUE = {
  set: z.array(z.string()),
  amount,
  amount_map: z.record(z.string(), amount),
  victims: z.record(z.string(), z.object({ total_paid_usd: amount.optional(), paid_to: z.array(z.string()).optional() })),
  pairs: z.array(z.tuple([z.string(), z.string()])),
} as const;

export interface GradeItem {
  id: string;
  question: string;
  kind: string;
  score: number;
  feedback: string;
}

export interface GradeResult {
  score: number;
  items: GradeItem[];
}

type Q = z.infer<typeof question>;

export function gradeAnswers(keyDoc: unknown, answersDoc: unknown, files: { key: string; answers: string }): GradeResult {
  const key = keySchema.safeParse(keyDoc);
  if (!key.success) throw inputError("bad_key", `not an answer key: ${key.error.issues[0]?.path.join(".") || "document"} ${key.error.issues[0]?.message}`, { file: files.key });
  const given = answersSchema.safeParse(answersDoc);
  if (!given.success) throw inputError("bad_answers", `not an answers file: needs an "answers" object`, { file: files.answers });
  const resolve = victimResolver(key.data.victims ?? []);
  const items = key.data.questions.map((q): GradeItem => {
    const raw = given.data.answers[q.id];
    const base = { id: q.id, question: q.text, kind: q.kind };
    if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0) || (typeof raw === "object" && !Array.isArray(raw) && Object.keys(raw).length === 0)) {
      return { ...base, score: 0, feedback: "not answered" };
    }
    const parsed = VALUE[q.kind].safeParse(raw);
    if (!parsed.success) throw inputError("bad_answer", `answer has the wrong shape for a ${q.kind} question: ${parsed.error.issues[0]?.message}`, { file: files.answers, column: q.id });
    const keyValue = VALUE[q.kind].parse(key.data.answers[q.id]);
    const { score, feedback } = grade(q, keyValue, byVictimId(q, parsed.data, resolve));
    return { ...base, score: round(score), feedback };
  });
  return { score: round(items.reduce((s, i) => s + i.score, 0) / items.length), items };
}

function grade(q: Q, want: unknown, got: unknown): { score: number; feedback: string } {
  switch (q.kind) {
    case "set": return setScore(want as string[], got as string[]);
    case "pairs": return setScore((want as string[][]).map(pairKey), (got as string[][]).map(pairKey), "pairs");
    case "amount": return amountScore(want as number, got as number | null, q.tolerance ?? 0.02);
    case "amount_map": {
      const w = normMap(want as Record<string, number | null>);
      const g = normMap(got as Record<string, number | null>);
      const parts = Object.entries(w).map(([id, v]) => ({ id, ...amountScore(v!, g[id] ?? null, q.tolerance ?? 0.1) }));
      const extra = Object.keys(g).filter((id) => !(id in w));
      const score = parts.reduce((s, p) => s + p.score, 0) / Math.max(1, parts.length);
      return { score, feedback: [...parts.map((p) => `${p.id}: ${p.feedback}`), ...(extra.length ? [`not in the key: ${list(extra)}`] : [])].join("; ") };
    }
    case "victims": {
      const w = want as Record<string, { total_paid_usd?: number | null; paid_to?: string[] }>;
      const g = got as typeof w;
      const parts = Object.entries(w).map(([victim, v]) => {
        const a = g[victim];
        if (!a) return { score: 0, feedback: `${victim}: not answered` };
        const amt = amountScore(v.total_paid_usd ?? 0, a.total_paid_usd ?? null, q.tolerance ?? 0.02);
        const to = setScore(v.paid_to ?? [], a.paid_to ?? []);
        return { score: (amt.score + to.score) / 2, feedback: `${victim}: total ${amt.feedback}; paid to ${to.feedback}` };
      });
      return { score: parts.reduce((s, p) => s + p.score, 0) / Math.max(1, parts.length), feedback: parts.map((p) => p.feedback).join(" | ") };
    }
  }
}

/** Victims may be named instead of given by id (per-victim answers, the sold-on list). */
function byVictimId(q: Q, value: unknown, resolve: (s: string) => string): unknown {
  if (q.kind === "victims") return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [resolve(k), v]));
  if (q.id === "sold_on_victims") return (value as string[]).map(resolve);
  return value;
}

function setScore(want: string[], got: string[], what = "accounts"): { score: number; feedback: string } {
  const w = new Set(want.map((x) => (what === "pairs" ? x : normaliseId(x))));
  const g = new Set(got.map((x) => (what === "pairs" ? x : normaliseId(x))));
  const hit = [...g].filter((x) => w.has(x));
  const missed = [...w].filter((x) => !g.has(x));
  const wrong = [...g].filter((x) => !w.has(x));
  const precision = g.size ? hit.length / g.size : 0;
  const recall = w.size ? hit.length / w.size : 1;
  const score = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const parts = [`${hit.length} of ${w.size} found`];
  if (missed.length) parts.push(`missed ${missed.length}: ${list(missed)}`);
  if (wrong.length) parts.push(`${wrong.length} not in the key: ${list(wrong)}`);
  return { score, feedback: parts.join("; ") };
}

function amountScore(want: number, got: number | null, tolerance: number): { score: number; feedback: string } {
  if (got === null || Number.isNaN(got)) return { score: 0, feedback: "not answered" };
  const err = want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want);
  const score = err <= tolerance ? 1 : Math.max(0, 1 - (err - tolerance) / (4 * tolerance));
  const pct = (err * 100).toFixed(1);
  return { score, feedback: err <= tolerance ? `${got} is within ${(tolerance * 100).toFixed(0)} % of the key` : `${got} is ${pct} % off the key (${want})` };
}

function pairKey(p: string[]): string {
  return p.map(normaliseId).sort().join(" | ");
}

function normMap(m: Record<string, number | null>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [normaliseId(k), v]));
}

function list(xs: string[]): string {
  return xs.slice(0, 5).join(", ") + (xs.length > 5 ? `, and ${xs.length - 5} more` : "");
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
