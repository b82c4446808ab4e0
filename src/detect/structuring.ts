// Structuring: several amounts kept just under the country's reporting threshold.
import { listValue } from "@duckdb/node-api";
import type { Detector } from "./detector.js";
import { amount, plural } from "./describe.js";

export const structuring: Detector = {
  pattern: "structuring",
  sql: "detect/structuring",
  weight: 0.5,
  params: (c) => {
    const countries = Object.keys(c.structuring.thresholds).sort();
    return {
      countries: listValue(countries),
      limits: listValue(countries.map((k) => c.structuring.thresholds[k]!)),
      default_limit: c.structuring.default_threshold,
      band: c.structuring.band,
      min_count: c.structuring.min_count,
      window_days: c.structuring.window_days,
      max_evidence: c.max_evidence,
    };
  },
  explain(row, { currency, config }) {
    const f = row.facts;
    const verb = f.direction === "out" ? "sent" : "received";
    return `${f.account} ${verb} ${plural(f.n, "transfer")} within ${plural(config.structuring.window_days, "day")}, each just under the reporting threshold of ` +
      `${amount(f.threshold, currency)} (within ${Math.round(config.structuring.band * 100)}% below it), together ${amount(f.total, currency)}: amounts kept under the limit.`;
  },
};
