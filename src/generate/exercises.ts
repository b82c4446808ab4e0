// The participant's sheet for a case (exercises.md) and an empty answers file to fill in.
import type { AnswerKey } from "./answerKey.js";

const HINTS: Record<string, string> = {
  ransom_payments: "Start from the relatives' statements (raw/relatives-statements.csv): match each to a transfer by amount, date and receiving number. `flowtrace match-statements` helps; check every match yourself.",
  total_paid_usd: "Add up the payments you found, valued in USD (`flowtrace sql` on the `transfers` view gives value_out).",
  collectors: "Who received the payments? Look for wallets that receive from many unrelated senders abroad and send on within hours.",
  leaders: "Trace the payments forward (`flowtrace trace --seed-file my-seeds.csv --method fifo`) and follow the largest flows to where they stop.",
  cash_out_usd: "Money that reaches an agent (agent:…) or a bank counter (cash:…) leaves the records. In your FIFO trace from all the ransom payments (`flowtrace trace --seed-file my-seeds.csv --method fifo --json`), add up what reached those accounts (their `tainted_in`; `totals.exited_by_account` lists them).",
  brokers: "The accounts the collectors forward to: several collectors send to the same few accounts.",
  victims: "Group the payments by victim (the statements name him); for each, the total in USD and the receiving accounts.",
  sold_on_victims: "A family that pays again weeks later, to another group's collectors.",
  same_person: "The same holder name with spelling variants (Tesfay/Tesfaye), money moved between the wallets, the same pattern.",
  hawala_bridges: "Hawala legs have no link in the records: match a payer's leg into a broker in Europe with a payout leg near the collector by code word, amount net of commission and time (the ledgers in raw/).",
  front_businesses: "Where do the leaders spend? Businesses that receive large round payments from them.",
  to_leaders_usd: "For each leader account, the `tainted_in` of your FIFO trace from all the ransom payments. `flowtrace compare` shows how much the figure depends on the rule; the question asks for FIFO's.",
  lookalikes: "Schools and churches also receive many payments from the diaspora. Why are they not collectors? (amount pattern, timing, no onward forwarding)",
};

export function exercisesMarkdown(key: AnswerKey): string {
  const lines = [
    `# Exercises: ${key.scenario} (seed ${key.seed}, ${key.level})`,
    "",
    `${key.description[0]!.toUpperCase()}${key.description.slice(1)}.`,
    "",
    `The records cover ${key.period.from.slice(0, 10)} to ${key.period.to.slice(0, 10)}. Amounts in USD use the official rates in fx.csv.`,
    "",
    "## Getting started",
    "",
    "```sh",
    "flowtrace ingest transfers.csv accounts.csv fx.csv --db case.duckdb",
    "flowtrace match-statements raw/relatives-statements.csv --seeds-out my-seeds.csv --db case.duckdb",
    "flowtrace trace --seed-file my-seeds.csv --method fifo --db case.duckdb",
    "flowtrace report --out report.html --db case.duckdb",
    "```",
    "",
    "Check every match `match-statements` proposes before you trace from it: the families' dates and amounts are approximate.",
    "",
    "The raw records in `raw/` are what an investigator receives (statements, operator exports, ledgers, the families' statements); the canonical CSVs are the same money in one table.",
    "Write your answers into a copy of `answers-template.json` and check them with `flowtrace grade --key answer_key.json --answers my-answers.json` (trainers keep the key).",
    "",
    "## Questions",
    "",
  ];
  key.questions.forEach((q, i) => {
    lines.push(`${i + 1}. **${q.text}** (\`${q.id}\`)`, "", `   Hint: ${HINTS[q.id] ?? ""}`, "");
  });
  return lines.join("\n");
}

export function answersTemplate(key: AnswerKey): { format: string; scenario: string; seed: number; answers: Record<string, unknown> } {
  const empty = (kind: string) => (kind === "amount" ? null : kind === "amount_map" || kind === "victims" ? {} : []);
  return { format: "flowtrace-answers/1", scenario: key.scenario, seed: key.seed, answers: Object.fromEntries(key.questions.map((q) => [q.id, empty(q.kind)])) };
}
