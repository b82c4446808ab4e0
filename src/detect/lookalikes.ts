// Look-alike hubs (mobile-money agents, schools and churches, merchants): found by
// sql/detect/lookalikes.sql, explained here so the output says why they score low.
import type { DuckDBConnection } from "@duckdb/node-api";
import { allJson } from "../db/sql.js";
import type { DetectConfig } from "./config.js";
import { amount, percent, plural, share } from "./describe.js";

export type Lookalike = "mobile_money_agent" | "school_or_church" | "merchant";

export interface LookalikeInfo {
  lookalike: Lookalike;
  explanation: string;
}

export async function findLookalikes(conn: DuckDBConnection, config: DetectConfig, currency: string): Promise<Map<string, LookalikeInfo>> {
  const l = config.lookalikes;
  const rows = await allJson(conn, "detect/lookalikes", {
    collection_min_payers: l.collection_min_payers,
    ransom_min: config.ransom.min_amount,
    agent_min_cp: l.agent_min_counterparties,
    agent_max_median: l.agent_max_median_amount,
    agent_band: l.agent_balance_band,
    min_recurring: l.regular_min_recurring_share,
    max_forwarded: l.regular_max_forwarded_share,
    merchant_min_payers: l.merchant_min_payers,
    merchant_max_diaspora: l.merchant_max_diaspora_share,
  });
  const out = new Map<string, LookalikeInfo>();
  for (const r of rows) {
    const lookalike = r.lookalike as Lookalike;
    out.set(r.account_id as string, { lookalike, explanation: explain(lookalike, r.facts as Record<string, unknown>, currency, config) });
  }
  return out;
}

function balance(f: Record<string, unknown>, currency: string): string {
  const inV = Number(f.in_value);
  const outV = Number(f.out_value);
  const flows = `${amount(inV, currency)} in, ${amount(outV, currency)} out`;
  return inV > 0 && Math.abs(outV / inV - 1) <= 0.25 ? `balanced (${flows})` : `cash in and out both ways (${flows}; an agent's float is topped up and cleared outside these records)`;
}

/** Only the reasons that held, so an explanation never argues against itself. */
function regularity(f: Record<string, unknown>, config: DetectConfig): string {
  const n = Number(f.n_in);
  const reasons: string[] = [];
  if (n > 0 && Number(f.recurring_in) / n >= config.lookalikes.regular_min_recurring_share) {
    reasons.push(`regular: ${share(f.recurring_in, f.n_in)} payments come from payers who pay again weeks apart`);
  }
  if (n > 0 && Number(f.mode_in) / n >= 0.3 && Number(f.mode_in) >= 3) reasons.push(`a fixed fee: ${share(f.mode_in, f.n_in)} payments of exactly the same amount`);
  if (f.name_hint) reasons.push(`the holder name "${f.holder_name}"`);
  return reasons.join("; ");
}

/** Many payers, mostly small amounts: offerings or fees, not ransoms. */
function smallCollection(f: Record<string, unknown>, config: DetectConfig): boolean {
  return Number(f.n_senders) >= config.lookalikes.collection_min_payers && Number(f.in_median) < config.ransom.min_amount;
}

function explain(kind: Lookalike, f: Record<string, unknown>, currency: string, config: DetectConfig): string {
  switch (kind) {
    case "mobile_money_agent":
      return `looks like a mobile-money agent, so it scores low: ${plural(f.n_in, "deposit")} from ${plural(f.n_senders, "customer")} and ` +
        `${plural(f.n_out, "payout")} to ${plural(f.n_receivers, "customer")}, ${balance(f, currency)}, ` +
        `small amounts (median ${amount(f.in_median, currency)})${f.kind === "service" ? ", and it is a service account" : ""}.`;
    case "school_or_church": {
      const head = `looks like a school or church collection, so it scores low: ${plural(f.n_senders, "payer")} and ${share(f.n_in_diaspora, f.n_in)} payments from the diaspora, but `;
      const reasons = regularity(f, config);
      if (smallCollection(f, config)) {
        return head + `most payments are small (median ${amount(f.in_median, currency)}, below the smallest ransom tranche of ${amount(config.ransom.min_amount, currency)}): offerings or fees from many payers` +
          (reasons ? `; ${reasons}` : "") + ` (${percent(f.fwd_value, f.in_value)} of it sent on quickly${Number(f.fwd_value) > 0 ? `, most to ${f.top_receiver}` : ""}).`;
      }
      return head + `the money is not forwarded (${percent(f.fwd_value, f.in_value)} sent on quickly) and ${reasons}.`;
    }
    case "merchant":
      return `looks like a merchant, so it scores low: ${plural(f.n_senders, "payer")}, ${share(f.n_in_diaspora, f.n_in)} from the diaspora, ` +
        `median payment ${amount(f.in_median, currency)}, ${percent(f.fwd_value, f.in_value)} of takings sent on quickly.`;
  }
}
