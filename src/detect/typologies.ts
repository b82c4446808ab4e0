// The AML typologies of the public data sets (AMLworld, AMLSim): fan-in, fan-out,
// gather-scatter, scatter-gather, bipartite, stack. Structural shapes, weak evidence on their
// own (a school is a fan-in too), so they weigh little in an account's score; cycles are in
// cycle.ts. One SQL file each in sql/detect/.
import type { DetectConfig } from "./config.js";
import type { Detector } from "./detector.js";
import { day, plural } from "./describe.js";

const windowed = (c: DetectConfig) => ({
  window_days: c.typologies.window_days,
  min_degree: c.typologies.min_degree,
  max_evidence: c.max_evidence,
});
const blocks = (c: DetectConfig) => ({ min_bipartite: c.typologies.min_bipartite, max_evidence: c.max_evidence });

export const fanIn: Detector = {
  pattern: "fan_in",
  sql: "detect/fan_in",
  weight: 0.2,
  params: windowed,
  explain: ({ facts: f }) =>
    `${f.account} received ${plural(f.n_tx, "transfer")} from ${plural(f.n_counterparties, "different sender")} between ${day(f.first_ts)} and ${day(f.last_ts)} (fan-in).`,
};

export const fanOut: Detector = {
  pattern: "fan_out",
  sql: "detect/fan_out",
  weight: 0.2,
  params: windowed,
  explain: ({ facts: f }) =>
    `${f.account} sent ${plural(f.n_tx, "transfer")} to ${plural(f.n_counterparties, "different receiver")} between ${day(f.first_ts)} and ${day(f.last_ts)} (fan-out).`,
};

export const gatherScatter: Detector = {
  pattern: "gather_scatter",
  sql: "detect/gather_scatter",
  weight: 0.25,
  params: windowed,
  explain: ({ facts: f }) =>
    `${f.account} gathered money from ${plural(f.n_senders, "sender")} and scattered it to ${plural(f.n_receivers, "receiver")} between ${day(f.first_in)} and ${day(f.last_out)} (gather-scatter).`,
};

export const scatterGather: Detector = {
  pattern: "scatter_gather",
  sql: "detect/scatter_gather",
  weight: 0.35,
  params: (c) => ({ window_days: c.typologies.window_days, min_intermediates: c.typologies.min_intermediates, max_evidence: c.max_evidence }),
  explain: ({ facts: f }) =>
    `${f.source} paid ${plural(f.n_intermediates, "intermediate account")}, each of which paid ${f.target} afterwards, between ${day(f.first_ts)} and ${day(f.last_ts)} (scatter-gather).`,
};

export const bipartite: Detector = {
  pattern: "bipartite",
  sql: "detect/bipartite",
  weight: 0.25,
  params: blocks,
  explain: ({ facts: f }) =>
    `${plural(f.n_senders, "account")} (${(f.senders as string[]).join(", ")}) each paid the same ${plural(f.n_receivers, "account")} (${(f.receivers as string[]).join(", ")}) between ${day(f.first_ts)} and ${day(f.last_ts)} (bipartite).`,
};

export const stack: Detector = {
  pattern: "stack",
  sql: "detect/stack",
  weight: 0.3,
  params: blocks,
  explain: ({ facts: f }) => {
    const layers = f.layers as string[][];
    return `Money moved through layers of accounts, each layer paying the next: ${layers.map((l) => l.join(", ")).join(" -> ")} between ${day(f.first_ts)} and ${day(f.last_ts)} (stack).`;
  },
};
