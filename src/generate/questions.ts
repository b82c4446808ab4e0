// The questions of a case, by level. Each has an id (the key in an answers file), the text a
// participant reads, and how it is graded (grade/gradeAnswers.ts): a set of identifiers
// (precision and recall), an amount (within a tolerance), a map of amounts, or per-victim totals.

export type QuestionKind = "set" | "amount" | "amount_map" | "victims" | "pairs";

export interface Question {
  id: string;
  kind: QuestionKind;
  text: string;
  /** Relative tolerance for amounts (0.05 = within 5 % scores full marks). */
  tolerance?: number;
  /**
   * For an amount that depends on a tracing rule: the rule the question asks for and the key's
   * answer is computed under ("fifo"), or "earmarked" (the story's truth, in scale mode only).
   */
  rule?: string;
}

const ALL: (Question & { from: "beginner" | "intermediate" | "advanced" })[] = [
  { from: "beginner", id: "ransom_payments", kind: "set", text: "Which transfers are ransom payments made by the victims' families? (transaction ids)" },
  { from: "beginner", id: "total_paid_usd", kind: "amount", tolerance: 0.02, text: "How much did the families pay in total, in USD at the official rates of fx.csv?" },
  { from: "beginner", id: "collectors", kind: "set", text: "Which accounts collected the ransom payments (collectors' wallets)?" },
  { from: "beginner", id: "leaders", kind: "set", text: "Which accounts did the money end up with (the leaders')?" },
  { from: "beginner", id: "cash_out_usd", kind: "amount", tolerance: 0.1, text: "How much of the ransom money was taken out in cash (at agents or bank counters), in USD, {rule}?" },
  { from: "intermediate", id: "brokers", kind: "set", text: "Which accounts received the money from the collectors and passed it on (brokers)?" },
  { from: "intermediate", id: "victims", kind: "victims", tolerance: 0.02, text: "For each victim (by name, as the families give it, or by the key's id V01, V02, ...): how much did his family pay in total (USD) and to which accounts?" },
  { from: "intermediate", id: "sold_on_victims", kind: "set", text: "Which victims were sold on and their families made to pay again? (names or ids)" },
  { from: "intermediate", id: "same_person", kind: "pairs", text: "Which accounts belong to the same person? (pairs of account ids)" },
  { from: "advanced", id: "hawala_bridges", kind: "pairs", text: "Which hawala legs belong together? (pairs: payer's leg into the broker, payout leg to the collector or leader)" },
  { from: "advanced", id: "front_businesses", kind: "set", text: "Which businesses did the leaders buy from or pay into (front businesses)?" },
  { from: "advanced", id: "to_leaders_usd", kind: "amount_map", tolerance: 0.15, text: "How much ransom money reached each leader account (USD), {rule}?" },
  { from: "advanced", id: "lookalikes", kind: "set", text: "Which accounts receive many payments from the diaspora but are NOT part of the network (schools, churches)?" },
];

const ORDER = ["beginner", "intermediate", "advanced"];

/** How a question names its rule ({rule} in its text). */
const RULE_TEXT: Record<string, string> = {
  fifo: "traced forward from every ransom payment with FIFO (`flowtrace trace --method fifo`, default options: 6 hops)",
  earmarked: "by the story's truth (earmarked: each ransom dollar as the criminals moved it; no tracing rule gives it exactly)",
};

export function questionsFor(level: string, answers: Record<string, unknown>, rule = "fifo"): Question[] {
  const upTo = ORDER.indexOf(level);
  return ALL.filter((q) => ORDER.indexOf(q.from) <= upTo)
    .filter((q) => {
      const a = answers[q.id];
      return Array.isArray(a) ? a.length > 0 : a !== undefined && (typeof a !== "object" || Object.keys(a as object).length > 0);
    })
    .map(({ from: _from, ...q }) => (q.text.includes("{rule}") ? { ...q, text: q.text.replace("{rule}", RULE_TEXT[rule]!), rule } : q));
}
