// What a detector is: one SQL file in sql/detect/ that returns candidate findings, the values
// it binds from the configuration, and how its facts read in plain language.
import type { DuckDBValue } from "@duckdb/node-api";
import type { DetectConfig } from "./config.js";

/** One row of a detector's SQL: see the header of any sql/detect/<pattern>.sql. */
export interface FindingRow {
  accounts: string[];
  /** Distinguishes two findings of one pattern on the same accounts (e.g. "in" / "out"). */
  key: string;
  score: number;
  evidence: string[];
  seeds: string[];
  facts: Record<string, unknown>;
}

export interface ExplainContext {
  currency: string;
  config: DetectConfig;
}

export interface Detector {
  /** The pattern name findings carry, e.g. "ransom_collection". */
  pattern: string;
  /** sql/detect/<sql>.sql */
  sql: string;
  /** How much a finding of this pattern counts towards an account's score (0..1). */
  weight: number;
  params(config: DetectConfig): Record<string, DuckDBValue>;
  explain(row: FindingRow, ctx: ExplainContext): string;
}
