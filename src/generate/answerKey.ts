// The answer key: who is who (collectors, brokers, leaders), what each victim's family paid and
// to whom, where the money went (by the story's truth, valued at the official rates of fx.csv),
// the hawala legs no record links, and the questions a participant answers at this level.
// Its `answers` object has the same shape a participant's answers file has, so the key itself
// grades 1.0.
import type { Cast } from "./cast.js";
import { type Ctx, dayOf } from "./ctx.js";
import { isoUtc } from "./csvText.js";
import { toUsdCents, type Currency } from "./fx.js";
import type { Transfer } from "./model.js";
import type { Story } from "./plan.js";
import type { Population } from "./population.js";
import type { Scenario } from "./scenarios.js";
import { KEY_MAX_HOPS, KEY_RULE, type RuleFigures } from "./fifoFigures.js";
import { questionsFor, type Question } from "./questions.js";

export interface AnswerKey {
  format: "flowtrace-answer-key/1";
  scenario: string;
  seed: number;
  /** The command that regenerates this case byte for byte. */
  generated_with: string;
  level: string;
  description: string;
  reporting_currency: "USD";
  valuation: string;
  period: { from: string; to: string };
  questions: Question[];
  answers: Record<string, unknown>;
  victims: unknown[];
  people: unknown[];
  where_money_went: Record<string, unknown>;
  hawala_bridges: { in_tx: string; out_tx: string; code_word: string }[];
  statements: { statement_id: string; tx_id: string }[];
}

export function usd(ctx: Ctx, cents: bigint, currency: Currency, ts: number): number {
  return Number(currency === "USD" ? cents : toUsdCents(cents, ctx.fx.scaled(dayOf(ctx, ts), currency, "official"))) / 100;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * `figures`: what the exercise's FIFO trace gives (fifoFigures.ts); the amount questions that
 * depend on a tracing rule then ask for it and the key holds it. Null (scale mode: no transfers
 * kept in memory): they ask for the story's earmarked figures, named as such.
 */
export function answerKey(ctx: Ctx, s: Scenario, seed: number, extraOptions: string, cast: Cast, story: Story, pop: Population, statements: { statement_id: string; tx_id: string }[], figures: RuleFigures | null = null): AnswerKey {
  const byId = new Map<string, Transfer>(ctx.transfers.map((t) => [t.id, t]));
  const role = (r: string) => [...ctx.accounts.values()].filter((a) => a.role === r).map((a) => a.id).sort();
  const collectors = cast.groups.flatMap((g) => g.collectors.flatMap((p) => p.accounts)).sort();
  const brokers = cast.groups.flatMap((g) => g.brokers.flatMap((p) => p.accounts)).sort();
  const leaders = cast.leaders.flatMap((p) => p.accounts).sort();
  const ransomIn = new Map<string, number>();
  for (const t of ctx.transfers) if (t.ransom) ransomIn.set(t.to, (ransomIn.get(t.to) ?? 0) + usd(ctx, t.received, t.currencyReceived, t.ts));
  const sumOver = (ids: string[]) => round2(ids.reduce((s2, id) => s2 + (ransomIn.get(id) ?? 0), 0));
  const cashPoints = [...ransomIn.keys()].filter((id) => id.startsWith("agent:") || id.startsWith("cash:")).sort();
  const fronts = cast.fronts.map((f) => f.id).sort();

  const victims = story.victims.map((v) => {
    const pays = story.payments.filter((p) => p.victim === v.id);
    const total = round2(pays.reduce((s2, p) => s2 + usd(ctx, p.amount, p.currency, byId.get(p.tx)!.ts), 0));
    return {
      id: v.id, name: v.name, demanded_usd: v.demanded, groups: v.groups, total_paid_usd: total,
      paid_to: [...new Set(pays.map((p) => p.to))].sort(),
      relatives: story.relatives.filter((r) => v.relatives.includes(r.id)).map((r) => ({ id: r.id, name: r.name.full, country: r.country, phone: r.phone, accounts: Object.values(r.accounts) })),
      payments: pays.map((p) => {
        const t = byId.get(p.tx)!;
        return { tx_id: p.tx, episode: p.episode, group: p.group, payer: p.payer, payer_account: p.payerAccount, to: p.to, amount: Number(p.amount) / 100, currency: p.currency, value_usd: round2(usd(ctx, p.amount, p.currency, t.ts)), channel: p.channel, timestamp: new Date(t.ts * 1000).toISOString().replace(".000Z", "Z"), ...(p.bridgeTo ? { hawala_payout_tx: p.bridgeTo } : {}) };
      }),
    };
  });
  const samePerson: string[][] = [];
  for (const p of [...cast.groups.flatMap((g) => [...g.collectors, ...g.brokers]), ...cast.leaders]) {
    const accs = [...p.accounts].sort();
    for (let i = 0; i < accs.length; i++) for (let j = i + 1; j < accs.length; j++) samePerson.push([accs[i]!, accs[j]!]);
  }
  const toLeaders = Object.fromEntries(leaders.map((l) => [l, sumOver([l])]));
  // The rule's figures: tainted money delivered to cash points (agent:, cash:) and to each leader.
  const traced = figures ? {
    cash_out_usd: round2([...figures.taintedIn].filter(([id]) => id.startsWith("agent:") || id.startsWith("cash:")).reduce((s2, [, v]) => s2 + v, 0)),
    to_leaders_usd: Object.fromEntries(leaders.map((l) => [l, figures.taintedIn.get(l) ?? 0])),
  } : null;
  const rule = traced ? KEY_RULE : "earmarked";
  const lookalikes = [...Array.from({ length: pop.schools }, (_, k) => pop.school(k).id), ...Array.from({ length: pop.churches }, (_, k) => pop.church(k).id)].sort();
  const answers: Record<string, unknown> = {
    ransom_payments: story.payments.map((p) => p.tx).sort(),
    total_paid_usd: round2(victims.reduce((s2, v) => s2 + v.total_paid_usd, 0)),
    collectors, brokers, leaders,
    cash_out_usd: traced ? traced.cash_out_usd : sumOver(cashPoints),
    victims: Object.fromEntries(victims.map((v) => [v.id, { total_paid_usd: v.total_paid_usd, paid_to: v.paid_to }])),
    sold_on_victims: story.victims.filter((v) => v.groups.length > 1).map((v) => v.id),
    same_person: samePerson,
    hawala_bridges: story.bridges.map((b) => [b.in, b.out]),
    front_businesses: fronts,
    to_leaders_usd: traced ? traced.to_leaders_usd : toLeaders,
    lookalikes,
  };
  const questions = questionsFor(s.level, answers, rule);
  return {
    format: "flowtrace-answer-key/1", scenario: s.name, seed,
    generated_with: `flowtrace generate --scenario ${s.name} --seed ${seed}${extraOptions}`, level: s.level, description: s.description, reporting_currency: "USD",
    valuation: traced
      ? `official rates of fx.csv on the day of each transfer; an amount question that depends on a tracing rule names it (${KEY_RULE}: flowtrace trace --method ${KEY_RULE} from every ransom payment, ${KEY_MAX_HOPS} hops) and its answer is that rule's figure; where_money_went holds the story's truth (earmarked), which tracing rules approximate`
      : "official rates of fx.csv on the day of each transfer; no transfers were kept to trace (scale mode): the amount questions ask for, and the answers are, the story's truth (earmarked), which tracing rules approximate",
    period: { from: isoUtc(ctx.start), to: isoUtc(ctx.start + ctx.days * 86400) },
    questions,
    answers: Object.fromEntries(questions.map((q) => [q.id, answers[q.id]])),
    victims,
    people: [...cast.leaders.map((p) => ({ ...p, role: "leader" })), ...cast.groups.flatMap((g) => [
      ...g.brokers.map((p) => ({ ...p, role: "broker", group: g.id })), ...g.collectors.map((p) => ({ ...p, role: "collector", group: g.id })),
    ])].map((p) => ({ id: p.id, role: p.role, name: p.name.full, alias: p.alias, accounts: p.accounts, ...("group" in p ? { group: p.group } : {}) })),
    where_money_went: {
      basis: "story truth (earmarked): each ransom dollar followed as the criminals moved it, for trainers; no tracing rule computes these from the records (compare the answers, which are the named rule's figures)",
      paid_by_families_usd: answers.total_paid_usd, to_leaders_usd: toLeaders, cash_out_usd: sumOver(cashPoints),
      cash_out_points: cashPoints, front_businesses_usd: sumOver(fronts), hawala_brokers: role("hawala_broker"),
      ...(traced ? { by_rule: { rule: KEY_RULE, max_hops: KEY_MAX_HOPS, cash_out_usd: traced.cash_out_usd, to_leaders_usd: traced.to_leaders_usd } } : {}),
    },
    hawala_bridges: story.bridges.map((b) => ({ in_tx: b.in, out_tx: b.out, code_word: b.code })),
    statements,
  };
}
