// Words for people: what each tracing rule means and the terms the report uses
// (from docs/spec/tracing-semantics.md, said without formulas). The rules' words are in the
// rules' table (trace/methods.ts).
import { METHOD_TRAITS, type Method } from "../trace/methods.js";

export function methodWords(method: Method): { short: string; long: string } {
  return METHOD_TRAITS[method].words;
}

export const GLOSSARY: readonly [string, string][] = [
  ["Seed", "A payment the trace starts from (a ransom payment named in a statement). It counts as 100 % traced money."],
  ["Traced (tainted) money", "The part of an amount that, under the chosen rule, comes from the seed payments."],
  ["Hop", "How many transfers away from the ransom payment: the payment itself is hop 0, the collector's onward transfer hop 1, and so on."],
  ["Retained", "Traced money still held in an account at the end of the records."],
  ["Exited", "Traced money that reached a cash-out point or a service (mobile-money agent, money-transfer pool, exchange). The trace stops there; the next step is a production order to that institution."],
  ["Beyond the horizon", "Traced money that went further than the maximum number of hops and was not followed."],
  ["Below threshold", "Traced amounts smaller than the minimum amount, not followed so that small change does not spread the trace."],
  ["Fees", "The difference between what was sent and what arrived (fees, exchange margins)."],
  ["Unexplained", "Outflows larger than the money known to be in the account: the missing part came from an unknown source, counted as clean."],
  ["Inferred link (hawala bridge)", "A transfer that no record contains, added by flowtrace hawala: a payment into one hawala broker (pay-in) and a payout by another broker to a receiver are paired because they share a code word or reference, come close in time, differ by a usual commission and cross a known corridor. Hawala brokers settle between themselves off the books, so the link itself is never written down. Each carries a confidence (0 to 1) and its evidence; a trace follows such links only when asked (--inferred on), and the report marks them \"inferred\" and draws them dashed."],
  ["Statement match", "A relative's statement (who paid, when, how much, to which number) paired with a recorded transfer by flowtrace match-statements. Families remember dates and amounts approximately, so each pairing has a confidence (0 to 1) and its reasons; the payments chosen this way are the trace's seeds, and an investigator confirms each."],
  ["Entity link (same person)", "Two accounts joined as one person by flowtrace entities: the same phone number, a holder name that matches allowing for spelling variants (Tesfay/Tesfaye), or money moved between them. A link weaker than certain carries its confidence; the report counts victims and payers as persons through these links."],
  ["Confidence", "How sure an inferred link is, from 0 (a guess) to 1 (certain), with the reasons that make it so. The summary's \"How sure each link is\" shows how much traced money rests on statement matches, entity links and hawala bridges, and the weakest of each."],
  ["Loop", "Money that came back to an account that had already passed traced money on at an earlier hop (A → B → A)."],
];
