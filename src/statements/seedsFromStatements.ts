// Confirmed statement matches as trace seeds: the chosen transfer(s) of each statement whose
// confidence reaches the threshold. Used by `match-statements --seeds-out` and by
// `trace --seed-statements`.
import { writeFileSync } from "node:fs";
import type { CaseDb } from "../db/connect.js";
import { matchStatements, type MatchOptions, type MatchResult } from "./matchStatements.js";
import { csvField } from "../format/csvField.js";

export const DEFAULT_MIN_CONFIDENCE = 0.5;

/** The seed rows (tx_id, statement_id, confidence) of a match result, in statement order. */
export function confirmedSeeds(result: MatchResult, minConfidence = DEFAULT_MIN_CONFIDENCE) {
  return result.matches.filter((m) => m.chosen && m.confidence >= minConfidence);
}

/** A seed file for `trace --seed-file`: a CSV with a tx_id column, plus where each came from. */
export function writeSeedFile(path: string, seeds: ReturnType<typeof confirmedSeeds>): void {
  const lines = ["tx_id,statement_id,confidence", ...seeds.map((s) => `${csvField(s.tx_id)},${csvField(s.statement_id)},${s.confidence}`)];
  writeFileSync(path, lines.join("\n") + "\n");
}

/** Match a statements file and return the confirmed seed transfer ids (distinct, in order). */
export async function seedsFromStatements(db: CaseDb, file: string, options: MatchOptions & { minConfidence?: number } = {}): Promise<string[]> {
  const result = await matchStatements(db, file, options);
  return [...new Set(confirmedSeeds(result, options.minConfidence).map((s) => s.tx_id))];
}
