// The network of accounts: a force layout computed once in Node (d3-force is deterministic:
// its initial placement and its jiggle come from a fixed-seed generator), pulled into role
// columns so money reads left to right, with accounts of one holder kept together and boxed.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";
import { html, type Html } from "./html.js";
import { money, px, shortMoney } from "./format.js";
import { accountLabel, accountTitle, shorten } from "./label.js";
import { ROLE_COLOUR } from "./palette.js";
import { inferredShare } from "./inferredShare.js";
import { maxOf } from "./extent.js";
import type { ReportAccount, ReportTransfer, Role } from "./model.js";

/** Accounts drawn per role; the rest of each role is grouped. */
export const QUOTA: Record<Role, number> = { relative: 8, collector: 10, broker: 10, leader: 8, "cash-out": 6, other: 4 };
const OTHER = "\u0000other:";
const PLURAL: Record<Role, string> = { relative: "relatives", collector: "collectors", broker: "brokers", leader: "leaders", "cash-out": "cash-out points", other: "accounts" };
const EDGE_LABELS = 16;
/** Links drawn at most (the largest); thinner ones are left to the tables. */
export const NETWORK_MAX_EDGES = 90;
const COLUMN: Record<Role, number> = { relative: 0, collector: 1, broker: 2, other: 2, leader: 3, "cash-out": 3 };

interface N extends SimulationNodeDatum {
  id: string;
  account: ReportAccount | undefined;
  role: Role;
  r: number;
  value: number;
  members: number;
}
interface E {
  source: string;
  target: string;
  value: number;
  transfers: number;
  minHop: number;
  index: number;
  /** Inferred links (hawala bridges) among its transfers, and their lowest confidence. */
  inferred: number;
  minConfidence: number | null;
}

export interface NetworkChart {
  svg: Html;
  /** The drawn links as a list, largest first, for narrow screens (shown instead of the SVG). */
  list: Html;
  edgeOfTx: Map<string, number>;
  shownAccounts: number;
  totalAccounts: number;
  omittedEdges: number;
}

/** How many links the narrow-screen list shows. */
const NETWORK_LIST = 30;

export function networkChart(transfers: readonly ReportTransfer[], accounts: ReadonlyMap<string, ReportAccount>, currency: string): NetworkChart {
  const flowing = transfers.filter((t) => t.taintedIn > 0);
  const through = new Map<string, number>();
  for (const t of flowing) {
    through.set(t.from, (through.get(t.from) ?? 0) + t.taintedIn);
    through.set(t.to, (through.get(t.to) ?? 0) + t.taintedIn);
  }
  const ranked = [...through].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // Each role keeps its largest accounts; the rest of a role is one "other <role>s" circle in
  // that role's column, so a 100,000-transfer trace still shows relatives → collectors → …
  const roleOf = (id: string): Role => accounts.get(id)?.role ?? "other";
  const taken = new Map<Role, number>();
  const nodeKey = new Map<string, string>();
  for (const [id] of ranked) {
    const role = roleOf(id);
    const k = taken.get(role) ?? 0;
    taken.set(role, k + 1);
    nodeKey.set(id, k < QUOTA[role] ? id : `${OTHER}${role}`);
  }
  const nodeOf = (id: string) => nodeKey.get(id)!;
  const maxV = Math.max(1, maxOf(ranked.map(([, v]) => v)));
  const nodes = new Map<string, N>();
  for (const [id, v] of ranked) {
    const key = nodeOf(id);
    const n = nodes.get(key);
    if (n) { n.value += v; n.members++; continue; }
    const account = key.startsWith(OTHER) ? undefined : accounts.get(id);
    nodes.set(key, { id: key, account, role: roleOf(id), r: 0, value: v, members: 1 });
  }
  for (const n of nodes.values()) n.r = 5 + 17 * Math.sqrt(Math.min(1, n.value / maxV));
  const edges = new Map<string, E>();
  const edgeOfTx = new Map<string, number>();
  for (const t of flowing) {
    const source = nodeOf(t.from), target = nodeOf(t.to);
    if (source === target) continue;
    const k = `${source}\u0001${target}`;
    let e = edges.get(k);
    if (!e) { e = { source, target, value: 0, transfers: 0, minHop: t.hop, index: edges.size, inferred: 0, minConfidence: null }; edges.set(k, e); }
    if (t.inferred) {
      e.inferred++;
      const c = t.inferred.confidence;
      if (c !== null) e.minConfidence = e.minConfidence === null ? c : Math.min(e.minConfidence, c);
    }
    e.value += t.taintedIn;
    e.transfers++;
    e.minHop = Math.min(e.minHop, t.hop);
    edgeOfTx.set(t.txId, e.index);
  }
  if (nodes.size === 0) return { svg: html`<p class="empty">No tainted transfer to draw.</p>`, list: html``, edgeOfTx, shownAccounts: 0, totalAccounts: 0, omittedEdges: 0 };
  const drawn = new Set([...edges.values()].sort((a, b) => b.value - a.value || a.index - b.index).slice(0, NETWORK_MAX_EDGES).map((e) => e.index));
  const omittedEdges = edges.size - drawn.size;
  for (const [k, e] of edges) if (!drawn.has(e.index)) edges.delete(k);
  for (const [tx, i] of edgeOfTx) if (!drawn.has(i)) edgeOfTx.delete(tx);

  const list = [...nodes.values()];
  const holderLinks: { source: string; target: string }[] = [];
  const byHolder = groupByHolder(list);
  // One holder's accounts in the same role column are pulled together and boxed; across
  // columns (a collector who is also a broker) they are joined by a dashed line instead.
  const boxes = new Map<string, N[]>();
  const sameHolder: [N, N][] = [];
  for (const [holder, members] of byHolder) {
    const byCol = new Map<number, N[]>();
    for (const m of members) byCol.set(COLUMN[m.role], [...(byCol.get(COLUMN[m.role]) ?? []), m]);
    for (const [col, ms] of byCol) {
      if (ms.length > 1) boxes.set(`${holder}\u0000${col}`, ms);
      for (let i = 1; i < ms.length; i++) holderLinks.push({ source: ms[0]!.id, target: ms[i]!.id });
    }
    const heads = [...byCol.values()].map((ms) => ms[0]!);
    for (let i = 1; i < heads.length; i++) sameHolder.push([heads[0]!, heads[i]!]);
  }
  const W = 1100, colW = 260;
  const sim = forceSimulation<N>(list)
    .force("link", forceLink<N, { source: string | N; target: string | N }>([...edges.values()].map((e) => ({ source: e.source, target: e.target }))).id((n) => n.id).distance(90).strength(0.15))
    .force("holder", forceLink<N, { source: string | N; target: string | N }>(holderLinks).id((n) => n.id).distance(24).strength(1))
    .force("charge", forceManyBody<N>().strength(-220))
    .force("x", forceX<N>((n) => 120 + COLUMN[n.role] * colW).strength(0.6))
    .force("y", forceY<N>(0).strength(0.06))
    .force("collide", forceCollide<N>((n) => n.r + 16))
    .stop();
  for (let i = 0; i < 400; i++) sim.tick();

  const ys = list.map((n) => n.y ?? 0);
  const minY = Math.min(...ys) - 50, maxY = Math.max(...ys) + 50;
  const H = Math.max(260, Math.ceil(maxY - minY));
  const X = (n: N) => Math.max(20, Math.min(W - 20, n.x ?? 0));
  const Y = (n: N) => (n.y ?? 0) - minY;
  const maxE = Math.max(1, maxOf([...edges.values()].map((e) => e.value)));
  const labelled = new Set([...edges.values()].sort((a, b) => b.value - a.value || a.index - b.index).slice(0, EDGE_LABELS).map((e) => e.index));
  const name = (n: N) => (n.id.startsWith(OTHER) ? `other ${PLURAL[n.role]}, ${n.members}` : accountLabel(n.id, n.account, 22));

  const groups = [...boxes].map(([key, members]) => {
    const holder = key.split("\u0000")[0]!;
    const x0 = Math.min(...members.map((m) => X(m) - m.r)) - 8, x1 = Math.max(...members.map((m) => X(m) + m.r)) + 8;
    const y0 = Math.min(...members.map((m) => Y(m) - m.r)) - 18, y1 = Math.max(...members.map((m) => Y(m) + m.r)) + 20;
    return html`<g class="holder"><rect x="${px(x0)}" y="${px(y0)}" width="${px(x1 - x0)}" height="${px(y1 - y0)}" rx="8"></rect><text x="${px(x0 + 4)}" y="${px(y0 + 11)}">${shorten(holder, 30)} (${members.length} accounts)</text></g>`;
  });
  const holderLines = sameHolder.map(([a, b]) => html`<line class="sameholder" x1="${px(X(a))}" y1="${px(Y(a))}" x2="${px(X(b))}" y2="${px(Y(b))}"><title>same holder: ${a.account?.entity ?? a.account?.holder ?? ""}</title></line>`);
  const edgeEls = [...edges.values()].map((e) => {
    const s = nodes.get(e.source)!, t = nodes.get(e.target)!;
    const x1 = X(s), y1 = Y(s), x2 = X(t), y2 = Y(t);
    const dx = x2 - x1, dy = y2 - y1, len = Math.max(1, Math.hypot(dx, dy));
    // Curve to the right of the direction of travel, so A→B and B→A do not overlap.
    const mx = (x1 + x2) / 2 - (dy / len) * len * 0.12, my = (y1 + y2) / 2 + (dx / len) * len * 0.12;
    // End the curve at the target circle's rim so the arrowhead stays visible.
    const ex = mx - x2, ey = my - y2, el = Math.max(1, Math.hypot(ex, ey));
    const tx = x2 + (ex / el) * (t.r + 2), ty = y2 + (ey / el) * (t.r + 2);
    const w = 1 + 6 * Math.sqrt(e.value / maxE);
    // Dashed when any of its transfers is inferred: no record contains that link.
    const inferred = inferredShare(e.inferred, e.transfers, e.minConfidence);
    const title = `${name(s)} → ${name(t)}: ${money(e.value)} ${currency} of traced money received in ${e.transfers} transfer${e.transfers === 1 ? "" : "s"} (from hop ${e.minHop})${inferred}`;
    const label = labelled.has(e.index)
      ? html`<text class="elabel" x="${px((x1 + 2 * mx + tx) / 4)}" y="${px((y1 + 2 * my + ty) / 4 - 3)}" text-anchor="middle">${shortMoney(e.value)}</text>`
      : "";
    return html`<g class="edge${e.inferred ? " inferred" : ""}" data-k="${e.index}" data-hop="${e.minHop}" data-v="${px(e.value)}"><path d="M${px(x1)},${px(y1)}Q${px(mx)},${px(my)} ${px(tx)},${px(ty)}" stroke-width="${px(w)}" marker-end="url(#arrow)"><title>${title}</title></path>${label}</g>`;
  });
  const nodeEls = list.map((n) => {
    const title = n.id.startsWith(OTHER) ? `${n.members} smaller ${PLURAL[n.role]}, together ${money(n.value)} ${currency} (in + out)` : `${accountTitle(n.id, n.account)}\nmoved ${money(n.value)} ${currency} of traced money (in + out)`;
    return html`<g class="netnode" data-acct="${n.id.startsWith(OTHER) ? "" : n.id}"><circle cx="${px(X(n))}" cy="${px(Y(n))}" r="${px(n.r)}" fill="${ROLE_COLOUR[n.role]}"><title>${title}</title></circle><text x="${px(X(n))}" y="${px(Y(n) + n.r + 11)}" text-anchor="middle">${name(n)}</text></g>`;
  });
  const heads = ["Relatives", "Collectors", "Brokers / intermediaries", "Leaders and cash-out"].map((h, i) =>
    html`<text class="colhead" x="${120 + i * colW}" y="14" text-anchor="middle">${h}</text>`);
  const svg = html`<svg class="chart network" viewBox="0 0 ${W} ${H + 20}" role="img" aria-label="Network of accounts and transfers"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto"><path d="M0,0L10,5L0,10z" fill="#666"></path></marker></defs>${heads}<g transform="translate(0,20)"><g class="groups">${groups}${holderLines}</g><g class="edges">${edgeEls}</g><g class="netnodes">${nodeEls}</g></g></svg>`;
  const grouped = [...nodes.values()].filter((n) => n.id.startsWith(OTHER)).reduce((s, n) => s + n.members, 0);
  const listed = [...edges.values()].sort((a, b) => b.value - a.value || a.index - b.index).slice(0, NETWORK_LIST);
  const listHtml = html`<div class="chart-list network-list"><ol>${listed.map((e) => html`<li>${name(nodes.get(e.source)!)} → ${name(nodes.get(e.target)!)}: <b>${money(e.value)} ${currency}</b> <span class="small">(${e.transfers} transfer${e.transfers === 1 ? "" : "s"}, from hop ${e.minHop}${e.inferred ? ", inferred link" : ""})</span></li>`)}</ol>${edges.size > listed.length ? html`<p class="small">The ${NETWORK_LIST} largest of ${edges.size} links; all transfers are in the tables.</p>` : ""}</div>`;
  return { svg, list: listHtml, edgeOfTx, shownAccounts: ranked.length - grouped, totalAccounts: ranked.length, omittedEdges };
}

function groupByHolder(list: N[]): Map<string, N[]> {
  // A resolved entity (linked by shared phone or name) groups first; else the holder's name.
  const m = new Map<string, N[]>();
  for (const n of list) {
    const h = n.account?.entity?.trim() || n.account?.holder?.trim();
    if (!h) continue;
    const g = m.get(h) ?? [];
    g.push(n);
    m.set(h, g);
  }
  for (const [h, g] of m) if (g.length < 2) m.delete(h);
  return new Map([...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
