// Every detection threshold in one place, validated with zod. docs/detection.md lists them;
// a --config FILE (JSON) overrides any subset, the rest keep these defaults. Amounts are in
// the case's reporting currency.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { inputError } from "../errors.js";

const share = z.number().min(0).max(1);
const positive = z.number().positive();
const count = z.number().int().min(1);

export const detectConfigSchema = z.strictObject({
  /** Countries whose senders count as diaspora relatives (ISO 3166-1 alpha-2). */
  diaspora_countries: z.array(z.string().regex(/^[A-Z]{2}$/)).default([
    "NL", "SE", "DE", "GB", "IL", "US", "NO", "CH", "IT", "FR", "BE", "DK", "FI", "AT", "IE", "CA", "AU",
  ]),
  /** Include inferred links (hawala bridges) as transfers. */
  include_inferred: z.boolean().default(false),
  ransom: z.strictObject({
    /** Smallest payment that can be a ransom tranche, largest that can be a whole ransom. */
    min_amount: positive.default(400),
    max_amount: positive.default(12000),
    /** One sender can be enough (a ransom paid in one go and forwarded); the score then stays low. */
    min_senders: count.default(1),
    /** Senders at which the "many senders" part of the score is full. */
    full_senders: count.default(6),
    burst_days: count.default(7),
    min_score: share.default(0.2),
  }).prefault({}),
  forwarding: z.strictObject({
    /** An outflow this soon after an inflow counts as forwarding it. */
    max_hours: positive.default(72),
    min_forwarded_share: share.default(0.6),
    /** Outflows / inflows must lie in this band for a pass-through. */
    min_out_in_ratio: positive.default(0.6),
    max_out_in_ratio: positive.default(1.1),
    /** Share of outflow value going to the largest receiver (mules forward to few). */
    min_top_receiver_share: share.default(0.4),
    min_inflows: count.default(2),
    /** Accounts that received less than this in all are not pass-through (pocket money). */
    min_amount: positive.default(500),
    min_score: share.default(0.3),
  }).prefault({}),
  consolidation: z.strictObject({
    min_sources: count.default(2),
    min_source_share: share.default(0.3),
    /** Score of a source account that makes it count (ransom collection or pass-through). */
    min_source_score: share.default(0.3),
    /** With a single flagged source, the share of the target's inflow it must pay. */
    single_source_share: share.default(0.4),
    /** Least received from flagged sources (a collector paying a friend for lunch is no consolidation). */
    min_amount: positive.default(1000),
  }).prefault({}),
  repeat: z.strictObject({
    min_gap_days: positive.default(14),
    max_gap_days: positive.default(240),
    min_payers: count.default(1),
    same_receiver: z.boolean().default(false),
  }).prefault({}),
  structuring: z.strictObject({
    default_threshold: positive.default(10000),
    /** Per-country reporting thresholds (country of the account, reporting currency). */
    thresholds: z.record(z.string().regex(/^[A-Z]{2}$/), positive).default({
      US: 10000, GB: 10000, DE: 10000, NL: 10000, SE: 10000, KE: 7500, ET: 5000, UG: 5000, SD: 5000, AE: 15000,
    }),
    /** A transfer within this share below the threshold counts as kept just under it. */
    band: share.default(0.15),
    min_count: count.default(3),
    window_days: count.default(7),
  }).prefault({}),
  cycles: z.strictObject({
    max_hops: z.number().int().min(2).max(10).default(8),
    window_days: count.default(30),
    /** Each hop's amount relative to the previous hop's. */
    min_hop_ratio: positive.default(0.5),
    max_hop_ratio: positive.default(1.5),
    /** Accounts with more transfers than this (agents, shops, payroll) are left out of cycles. */
    max_degree: count.default(1000),
  }).prefault({}),
  typologies: z.strictObject({
    window_days: count.default(10),
    min_degree: count.default(5),
    min_intermediates: count.default(3),
    min_bipartite: count.default(3),
  }).prefault({}),
  lookalikes: z.strictObject({
    /** Scores of look-alike hubs are multiplied by this. */
    penalty: share.default(0.15),
    agent_min_counterparties: count.default(30),
    agent_max_median_amount: positive.default(300),
    agent_balance_band: share.default(0.25),
    regular_min_recurring_share: share.default(0.3),
    regular_max_forwarded_share: share.default(0.3),
    /** A collection (school fees, church offerings): this many payers with a median payment below ransom.min_amount. */
    collection_min_payers: count.default(10),
    merchant_min_payers: count.default(20),
    merchant_max_diaspora_share: share.default(0.3),
  }).prefault({}),
  /** Accounts below this score and without a role are left out of the output. */
  min_account_score: share.default(0.05),
  /** At most this many transfer ids per finding as evidence (the strongest first). */
  max_evidence: count.default(200),
});

export type DetectConfig = z.infer<typeof detectConfigSchema>;

export function defaultConfig(): DetectConfig {
  return detectConfigSchema.parse({});
}

/** Reads a JSON configuration file; unknown keys and wrong values are input errors. */
export function loadConfig(file: string | undefined): DetectConfig {
  if (!file) return defaultConfig();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw inputError("bad_config", `cannot read detection config: ${(e as Error).message.split("\n")[0]}`, { file });
  }
  const parsed = detectConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw inputError("bad_config", `invalid detection config: ${issue.message.toLowerCase()}`, {
      file, column: issue.path.join("."),
    });
  }
  return parsed.data;
}
