// The flow diagram, laid out in Node by d3-sankey and drawn as static SVG. d3-sankey rejects
// cycles and money loops back, so the graph is unrolled by hop: a node is "account A at
// column k", column 0 the payers and column k+1 what arrived at hop k. Per column only the
// largest accounts get their own node; the rest become one "other, N accounts" node, so a
// 100,000-transfer trace still draws a few dozen boxes.
import { sankey, sankeyLinkHorizontal, type SankeyGraph, type SankeyNode } from "d3-sankey";
import { html, raw, type Html } from "./html.js";
import { money, px, shortMoney } from "./format.js";
import { accountLabel, accountTitle } from "./label.js";
import { ROLE_COLOUR } from "./palette.js";
import { inferredShare } from "./inferredShare.js";
import type { ReportAccount, ReportTransfer } from "./model.js";

export const SANKEY_MAX_COLUMNS = 7;
export const SANKEY_PER_COLUMN = 10;
/** A box below this share of its column's flow is grouped into "other". */
const MIN_SHARE = 0.01;

interface Node {
  key: string;
  col: number;
  account: string | null;
  members: number;
  value?: number;
}
interface Link {
  source: string;
  target: string;
  value: number;
  transfers: number;
  minHop: number;
  /** Our own link number (data-k); d3-sankey overwrites `index` with its array position. */
  k: number;
  /** Inferred links (hawala bridges) among its transfers, and their lowest confidence. */
  inferred: number;
  minConfidence: number | null;
}

export interface SankeyChart {
  svg: Html;
  /** The same boxes as a list by column, for narrow screens (shown instead of the SVG). */
  list: Html;
  /** For each transfer drawn, the index of the link (data-k) that carries it. */
  linkOfTx: Map<string, number>;
  /** Transfers whose receiver already held this trace's money at an earlier column. */
  loops: ReportTransfer[];
  aggregatedAccounts: number;
  /** Backward runs: transfers beyond the drawable hops, not drawn. */
  omitted: number;
}

export function sankeyChart(transfers: readonly ReportTransfer[], accounts: ReadonlyMap<string, ReportAccount>, currency: string, backward = false): SankeyChart {
  const last = SANKEY_MAX_COLUMNS - 1;
  const flowing = transfers.filter((t) => t.taintedIn > 0);
  // A loop: money reaches an account that had already passed traced money on, earlier and
  // at a lower hop (A → B → A). Reaching an account again by a longer path is not a loop.
  const firstOut = new Map<string, { hop: number; ts: string }>();
  for (const t of flowing) {
    const f = firstOut.get(t.from);
    if (!f || t.hop < f.hop || (t.hop === f.hop && t.ts < f.ts)) firstOut.set(t.from, { hop: t.hop, ts: t.ts });
  }
  const isLoop = (t: ReportTransfer) => {
    const f = firstOut.get(t.to);
    return !backward && !t.isSeed && f !== undefined && f.hop < t.hop && f.ts < t.ts;
  };
  const loopNodes = new Set<string>();
  // Forward: a hop-h transfer leaves column h (hop 0 leaves the payers' column 0). Backward
  // (hop 0 = into the target): mirrored, so money still flows left to right and the target
  // is the last column; hops beyond the drawable ones are left out (and said so).
  const maxHop = flowing.reduce((m, t) => Math.max(m, t.hop), 0);
  const back = Math.min(maxHop, last - 1);
  const columns = (t: ReportTransfer): [number, number] | null => {
    if (!backward) {
      const s = Math.min(t.hop, last), d = Math.min(t.hop + 1, last);
      return s === d ? null : [s, d];
    }
    return t.hop > back ? null : [back - t.hop, back - t.hop + 1];
  };
  const omitted = backward ? flowing.filter((t) => t.hop > back).length : 0;
  // Throughput of each (column, account), to choose which accounts get their own box.
  const through = new Map<string, number>();
  const add = (col: number, acc: string, v: number) => {
    const k = `${col}\u0000${acc}`;
    through.set(k, (through.get(k) ?? 0) + v);
  };
  for (const t of flowing) {
    const c = columns(t);
    if (!c) continue;
    const [s, d] = c;
    add(s, t.from, t.taintedIn);
    add(d, t.to, t.taintedIn);
  }
  const byCol = new Map<number, { acc: string; v: number }[]>();
  for (const [k, v] of through) {
    const [c, acc] = k.split("\u0000") as [string, string];
    const list = byCol.get(Number(c)) ?? [];
    list.push({ acc, v });
    byCol.set(Number(c), list);
  }
  const nodeKey = new Map<string, string>();
  const nodes = new Map<string, Node>();
  let aggregatedAccounts = 0;
  for (const [col, list] of [...byCol].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => b.v - a.v || (a.acc < b.acc ? -1 : 1));
    const colTotal = list.reduce((sum, x) => sum + x.v, 0);
    list.forEach(({ acc, v }, i) => {
      // Boxes too thin to read join "other" too, unless they would be alone there.
      const own = (i < SANKEY_PER_COLUMN && v >= MIN_SHARE * colTotal) || list.length === i + 1 && i === SANKEY_PER_COLUMN;
      const key = own ? `${col}|${acc}` : `${col}|*`;
      nodeKey.set(`${col}\u0000${acc}`, key);
      const n = nodes.get(key) ?? { key, col, account: own ? acc : null, members: 0 };
      n.members++;
      if (!own) aggregatedAccounts++;
      nodes.set(key, n);
    });
  }
  const links = new Map<string, Link>();
  const linkOfTx = new Map<string, number>();
  const loops: ReportTransfer[] = [];
  for (const t of flowing) {
    const c = columns(t);
    if (!c) continue;
    const [s, d] = c;
    const source = nodeKey.get(`${s}\u0000${t.from}`)!, target = nodeKey.get(`${d}\u0000${t.to}`)!;
    if (isLoop(t)) {
      loops.push(t);
      loopNodes.add(target);
    }
    const lk = `${source}\u0000${target}`;
    let l = links.get(lk);
    if (!l) {
      l = { source, target, value: 0, transfers: 0, minHop: t.hop, k: links.size, inferred: 0, minConfidence: null };
      links.set(lk, l);
    }
    if (t.inferred) {
      l.inferred++;
      const c = t.inferred.confidence;
      if (c !== null) l.minConfidence = l.minConfidence === null ? c : Math.min(l.minConfidence, c);
    }
    l.value += t.taintedIn;
    l.transfers++;
    l.minHop = Math.min(l.minHop, t.hop);
    linkOfTx.set(t.txId, l.k);
  }
  const perCol = Math.max(1, ...[...byCol.values()].map((l) => Math.min(l.length, SANKEY_PER_COLUMN + 1)));
  const cols = Math.max(2, ...[...nodes.values()].map((n) => n.col + 1));
  const width = 1100, labelRoom = 170, height = Math.max(320, perCol * 40), top = 28;
  if (nodes.size === 0) return { svg: html`<p class="empty">No tainted transfer to draw.</p>`, list: html``, linkOfTx, loops, aggregatedAccounts, omitted };

  const layout = sankey<Node, Link>()
    .nodeId((n) => n.key)
    .nodeAlign((n) => n.col)
    .nodeWidth(14)
    .nodePadding(12)
    .nodeSort((a, b) => (b.value ?? 0) - (a.value ?? 0) || (a.key < b.key ? -1 : 1))
    .linkSort((a, b) => a.k - b.k)
    .extent([[1, top], [width - labelRoom, height - 6]]);
  // d3-sankey spaces its columns by the longest path, not by nodeAlign: when money enters at
  // a later hop without a chain from column 0, columns would squeeze together. An invisible
  // zero-value chain through every column fixes the spacing (never drawn).
  const anchors: Node[] = Array.from({ length: cols }, (_, c) => ({ key: `\u0001anchor${c}`, col: c, account: null, members: 0 }));
  const anchorLinks: Link[] = anchors.slice(1).map((a, i) => ({ source: anchors[i]!.key, target: a.key, value: 0, transfers: 0, minHop: 0, k: -1 - i, inferred: 0, minConfidence: null }));
  const graph: SankeyGraph<Node, Link> = layout({
    nodes: [...[...nodes.values()].map((n) => ({ ...n })), ...anchors],
    links: [...[...links.values()].map((l) => ({ ...l })), ...anchorLinks],
  });
  graph.nodes = graph.nodes.filter((n) => !n.key.startsWith("\u0001"));
  graph.links = graph.links.filter((l) => l.k >= 0);
  const path = sankeyLinkHorizontal();
  const colX = (c: number) => 1 + (c * (width - labelRoom - 1 - 14)) / (cols - 1);
  const heads = Array.from({ length: cols }, (_, c) => {
    const text = headText(c);
    const anchor = c === 0 ? "start" : "middle";
    const x = c === 0 ? 1 : colX(c) + 7;
    return html`<text class="colhead" x="${px(x)}" y="14" text-anchor="${anchor}">${text}</text>`;
  });
  const linkEls = graph.links.map((l) => {
    const s = l.source as Node, t = l.target as Node;
    const colour = ROLE_COLOUR[roleOf(s, accounts)];
    // Dashed when any of its transfers is inferred: no record contains that link.
    const inferred = inferredShare(l.inferred, l.transfers, l.minConfidence);
    const title = `${nodeName(s, accounts)} → ${nodeName(t, accounts)}: ${money(l.value)} ${currency} of traced money received, ${l.transfers} transfer${l.transfers === 1 ? "" : "s"}, hop ${l.minHop}${inferred}`;
    return html`<path class="link${l.inferred ? " inferred" : ""}" data-k="${l.k}" data-hop="${l.minHop}" data-v="${px(l.value)}" d="${path(l) ?? ""}" stroke="${colour}" stroke-width="${px(Math.max(1, l.width ?? 1))}"><title>${title}</title></path>`;
  });
  // A label that would run into a box of the next column (the labels' 10.5 px type is about
  // 6.2 units a character in Chromium's default sans-serif, 12 units high) has its name
  // shortened to what fits beside its amount, never below 8 characters; the box's title has
  // the full name. Where the next column has no box at its height, it keeps 20 characters.
  // Room for a label: the column gap less the box (14), the label's offset (4) and a margin (4).
  const gap = colX(1) - colX(0);
  type Box = SankeyNode<Node, Link>;
  const boxesOf = new Map<number, Box[]>();
  for (const n of graph.nodes) {
    const col = boxesOf.get(n.col);
    if (col) col.push(n);
    else boxesOf.set(n.col, [n]);
  }
  const runsInto = (n: Box) => {
    const mid = ((n.y0 ?? 0) + (n.y1 ?? 0)) / 2;
    return (boxesOf.get(n.col + 1) ?? []).some((m) => (m.y0 ?? 0) < mid + 6 && (m.y1 ?? 0) > mid - 6);
  };
  const nodeEls = graph.nodes.map((n) => {
    const x0 = n.x0 ?? 0, x1 = n.x1 ?? 0, y0 = n.y0 ?? 0, y1 = n.y1 ?? 0;
    const role = roleOf(n, accounts);
    const again = n.account !== null && loopNodes.has(n.key);
    const amount = shortMoney(n.value ?? 0);
    const fit = runsInto(n) ? Math.max(8, Math.min(NAME_CHARS, Math.floor((gap - 14 - 4 - 4) / 6.2) - amount.length - 1 - (again ? 2 : 0))) : NAME_CHARS;
    const name = (again ? "↺ " : "") + nodeName(n, accounts, fit);
    const lx = x1 + 4;
    const title = `${n.account ? accountTitle(n.account, accounts.get(n.account)) : name}\n${money(n.value ?? 0)} ${currency} through this box${again ? "\nmoney came back here after this account had passed it on (a loop)" : ""}`;
    return html`<g class="node" data-acct="${n.account ?? ""}"><rect x="${px(x0)}" y="${px(y0)}" width="${px(x1 - x0)}" height="${px(Math.max(1, y1 - y0))}" fill="${ROLE_COLOUR[role]}"${again ? raw(' stroke="#000" stroke-dasharray="3 2"') : ""}><title>${title}</title></rect><text x="${px(lx)}" y="${px((y0 + y1) / 2)}" dy="0.35em" text-anchor="start">${name} <tspan class="amt">${amount}</tspan></text></g>`;
  });
  const svg = html`<svg class="chart sankey" viewBox="0 0 ${width} ${height}" role="img" aria-label="Flow of the traced money by hop"><g class="links">${linkEls}</g><g class="nodes">${nodeEls}</g>${heads}</svg>`;
  // The list form: each column's boxes, largest first, with where each sent its money.
  type Band = (typeof graph.links)[number];
  const outOf = new Map<string, Band[]>();
  for (const l of graph.links) {
    const key = (l.source as Box).key;
    const out = outOf.get(key);
    if (out) out.push(l);
    else outOf.set(key, [l]);
  }
  const columnsList = Array.from({ length: cols }, (_, c) => {
    const boxes = (boxesOf.get(c) ?? []).slice().sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || (a.key < b.key ? -1 : 1));
    if (!boxes.length) return "";
    const items = boxes.map((n) => {
      const sent = (outOf.get(n.key) ?? []).slice().sort((a, b) => b.value - a.value || a.k - b.k);
      return html`<li><b>${nodeName(n, accounts, 40)}</b> <span class="amt">${money(n.value ?? 0)} ${currency}</span>${sent.length ? html`<ul>${sent.map((l) => html`<li>→ ${nodeName(l.target as Box, accounts, 40)}: ${money(l.value)}</li>`)}</ul>` : ""}</li>`;
    });
    return html`<h4>${headText(c)}</h4><ul>${items}</ul>`;
  });
  function headText(c: number): string {
    return backward
      ? (c === cols - 1 ? "Target" : c === 0 ? `Origins (hop ${cols - 2 - c})` : `Hop ${cols - 2 - c}`)
      : c === 0 ? "Payers" : c === 1 ? "First receivers (hop 0)" : c === last && cols === SANKEY_MAX_COLUMNS ? `Hop ${c - 1} and later` : `Hop ${c - 1}`;
  }
  const list = html`<div class="chart-list flow-list">${columnsList}</div>`;
  return { svg, list, linkOfTx, loops, aggregatedAccounts, omitted };
}

/** The longest name a box's label shows (fewer where its column is narrow). */
const NAME_CHARS = 20;

function nodeName(n: Node, accounts: ReadonlyMap<string, ReportAccount>, max = NAME_CHARS): string {
  return n.account === null ? `other, ${n.members} account${n.members === 1 ? "" : "s"}` : accountLabel(n.account, accounts.get(n.account), max);
}

function roleOf(n: Node, accounts: ReadonlyMap<string, ReportAccount>) {
  return n.account === null ? "other" : accounts.get(n.account)?.role ?? "other";
}
