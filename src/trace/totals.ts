// The totals of a trace (docs/spec/tracing-semantics.md, What a trace reports) in the one order
// every listing uses: the JSON of `trace` and `compare`, their tables, the stored run.

export const TOTALS = ["seeded", "retained", "exited", "beyond_horizon", "below_threshold", "fees", "unexplained_out"] as const;
export type TotalKey = (typeof TOTALS)[number];
export type Totals = Record<TotalKey, number>;

/** For a conserving rule, seeded = the sum of these. */
export const SEEDED_PARTS = ["retained", "exited", "beyond_horizon", "below_threshold", "fees"] as const satisfies readonly TotalKey[];
