// Roles from what an account did relative to the flagged network (sql/detect/network.sql):
//   collector: a ransom-collection finding (the first account relatives' money reaches);
//   broker: receives from the network and passes most of it on within days (pass-through);
//   leader candidate: receives from the network and keeps it, or spends it slowly (on front
//     businesses, property): where the money stops. Whether the onward payments go to other
//     flagged accounts cannot decide it, since a leader's front businesses get flagged as
//     consolidation targets of the leader;
//   cash-out point: a cash or service account (agent, MTO pool) the network pays into;
//   mobile-money agent / benign hub: the look-alikes, whatever else they show.
import type { DuckDBConnection } from "@duckdb/node-api";
import { allJson } from "../db/sql.js";
import type { DetectConfig } from "./config.js";
import type { LookalikeInfo } from "./lookalikes.js";
import type { Finding, Role } from "./types.js";

export interface NetworkFacts {
  terminal: boolean;
  n_flagged_sources: number;
  from_flagged: number;
  from_collectors: number;
  in_value: number;
  out_value: number;
  fwd_value: number;
  to_flagged: number;
}

export async function networkFacts(conn: DuckDBConnection, config: DetectConfig): Promise<Map<string, NetworkFacts>> {
  const rows = await allJson(conn, "detect/network", { min_source_score: config.consolidation.min_source_score });
  const out = new Map<string, NetworkFacts>();
  for (const r of rows) {
    out.set(r.account_id as string, {
      terminal: r.terminal as boolean,
      n_flagged_sources: Number(r.n_flagged_sources),
      from_flagged: Number(r.from_flagged),
      from_collectors: Number(r.from_collectors),
      in_value: Number(r.in_value),
      out_value: Number(r.out_value),
      fwd_value: Number(r.fwd_value),
      to_flagged: Number(r.to_flagged),
    });
  }
  return out;
}

export function assignRoles(
  account: string,
  findings: readonly Finding[],
  net: NetworkFacts | undefined,
  lookalike: LookalikeInfo | undefined,
  minAmount: number,
): Role[] {
  if (lookalike) {
    const role: Role = lookalike.lookalike === "mobile_money_agent" ? "mobile-money agent" : "benign hub";
    // An agent the network pays into is also where the money leaves the records.
    return net && net.terminal && net.from_flagged > 0 ? [role, "cash-out point"] : [role];
  }
  const patterns = new Set(findings.map((f) => f.pattern));
  const roles: Role[] = [];
  if (patterns.has("ransom_collection")) roles.push("collector");
  if (net) {
    if (net.terminal) {
      roles.push("cash-out point");
    } else if (!patterns.has("ransom_collection")) {
      const fromNetwork = net.in_value > 0 ? net.from_flagged / net.in_value : 0;
      const forwarded = net.in_value > 0 ? net.fwd_value / net.in_value : 0;
      // A friend paid 6 USD by a collector is not downstream of the network: amounts count.
      const downstream = (fromNetwork >= 0.5 && net.from_flagged >= minAmount) || findings.some((f) => f.pattern === "consolidation" && f.accounts[0] === account);
      if (downstream && forwarded >= 0.5) roles.push("broker");
      else if (downstream) roles.push("leader candidate");
    }
  }
  return roles;
}
