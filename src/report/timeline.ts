// The timeline: one lane per paying family (ransom payments) and one per collector (ransom
// arriving as rings, money forwarded as dots coloured by where it went), on one UTC time axis,
// so "paid Tuesday, forwarded Wednesday" can be read off the page.
import { scaleUtc } from "d3-scale";
import { utcFormat } from "d3-time-format";
import { html, type Html } from "./html.js";
import { money, px, when } from "./format.js";
import { accountLabel, shorten } from "./label.js";
import { ROLE_COLOUR } from "./palette.js";
import { inferredNote } from "./inferredNote.js";
import type { Family } from "./families.js";
import { maxOf, minOf } from "./extent.js";
import type { ReportAccount, ReportTransfer } from "./model.js";

export const TIMELINE_LANES = 12;

export interface TimelineChart {
  svg: Html;
  /** The payments and forwards in time order, for narrow screens (shown instead of the SVG). */
  list: Html;
  dotOfTx: Map<string, number[]>;
  familiesShown: number;
  collectorsShown: number;
  collectorsTotal: number;
}

/** How many events the narrow-screen list shows. */
const TIMELINE_LIST = 60;

export function timelineChart(families: readonly Family[], transfers: readonly ReportTransfer[], accounts: ReadonlyMap<string, ReportAccount>, currency: string, backward = false): TimelineChart {
  const fams = [...families].sort((a, b) => b.amount - a.amount || (a.key < b.key ? -1 : 1)).slice(0, TIMELINE_LANES)
    .sort((a, b) => (a.firstTs < b.firstTs ? -1 : a.firstTs > b.firstTs ? 1 : a.key < b.key ? -1 : 1));
  const received = new Map<string, number>();
  for (const t of transfers) if (t.isSeed) received.set(t.to, (received.get(t.to) ?? 0) + t.taintedIn);
  const collectorsAll = [...received].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const collectors = collectorsAll.slice(0, TIMELINE_LANES).map(([id]) => id);
  const collectorSet = new Set(collectors);
  const events = transfers.filter((t) => t.taintedIn > 0 && (t.isSeed || collectorSet.has(t.from)));
  const dotOfTx = new Map<string, number[]>();
  if (events.length === 0) return { svg: html`<p class="empty">No payment to show.</p>`, list: html``, dotOfTx, familiesShown: 0, collectorsShown: 0, collectorsTotal: 0 };

  const times = events.map((t) => Date.parse(t.ts));
  let t0 = minOf(times), t1 = maxOf(times);
  if (t1 - t0 < 3600e3) { t0 -= 12 * 3600e3; t1 += 12 * 3600e3; }
  const left = 220, W = 1100, laneH = 26, top = 30;
  const x = scaleUtc().domain([new Date(t0), new Date(t1)]).range([left + 14, W - 40]);
  const laneOfFamily = new Map<string, number>();
  fams.forEach((f, i) => laneOfFamily.set(f.key, i));
  const famLanes = fams.length;
  const collectorLane = new Map<string, number>();
  collectors.forEach((c, i) => collectorLane.set(c, famLanes + 1 + i));
  const lanes = famLanes + 1 + collectors.length;
  const H = top + lanes * laneH + 30;
  const y = (lane: number) => top + lane * laneH + laneH / 2;
  const maxV = Math.max(1, maxOf(events.map((t) => t.taintedIn)));
  const r = (v: number) => 2.5 + 7 * Math.sqrt(v / maxV);

  const span = t1 - t0;
  const fmt = utcFormat(span > 120 * 86400e3 ? "%Y-%m-%d" : span > 3 * 86400e3 ? "%a %d %b" : "%a %H:%M");
  const ticks = x.ticks(8).map((d) => html`<g class="tick"><line x1="${px(x(d))}" x2="${px(x(d))}" y1="${top - 4}" y2="${H - 26}"></line><text x="${px(x(d))}" y="${H - 12}" text-anchor="middle">${fmt(d)}</text></g>`);
  const laneLabels = [
    ...fams.map((f, i) => html`<text class="lane" x="${left - 6}" y="${px(y(i))}" dy="0.35em" text-anchor="end">${shorten(f.label, 31)}</text>`),
    html`<text class="lanehead" x="4" y="${top - 10}">${backward ? "Senders into the target" : "Families paying (ransom payments)"}</text>`,
    html`<text class="lanehead" x="4" y="${px(y(famLanes) + 4)}">${backward ? "Target (money in ○, out ●)" : "Collectors (ransom in ○, forwarded ●)"}</text>`,
    ...collectors.map((c) => html`<text class="lane" x="${left - 6}" y="${px(y(collectorLane.get(c)!))}" dy="0.35em" text-anchor="end">${accountLabel(c, accounts.get(c), 31)}</text>`),
  ];
  const bands = Array.from({ length: lanes }, (_, i) => (i % 2 === 0 && i !== famLanes ? html`<rect class="band" x="${left}" y="${px(y(i) - laneH / 2)}" width="${W - left}" height="${laneH}"></rect>` : ""));
  const dots: Html[] = [];
  const connectors: Html[] = [];
  let k = 0;
  const mark = (tx: string) => {
    const list = dotOfTx.get(tx) ?? [];
    list.push(k);
    dotOfTx.set(tx, list);
    return k++;
  };
  const familyOfSeed = new Map<string, string>();
  for (const f of families) for (const tx of f.seeds) familyOfSeed.set(tx, f.key);
  const ordered = [...events].sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : a.txId < b.txId ? -1 : 1));
  const listItems: Html[] = [];
  for (const t of ordered) {
    const cx = px(x(new Date(t.ts))), rr = px(r(t.taintedIn));
    const to = accountLabel(t.to, accounts.get(t.to), 40), from = accountLabel(t.from, accounts.get(t.from), 40);
    const title = `${when(t.ts)} UTC: ${from} → ${to}, ${money(t.taintedIn)} ${currency}${t.isSeed ? (backward ? " (into the target)" : " (ransom payment)") : ` tainted, hop ${t.hop}`} [${t.txId}]${t.inferred ? `\n${inferredNote(t.inferred)}` : ""}`;
    if (t.isSeed) {
      const famLane = laneOfFamily.get(familyOfSeed.get(t.txId) ?? "");
      const colLane = collectorLane.get(t.to);
      if (famLane !== undefined && colLane !== undefined) connectors.push(html`<line class="conn" x1="${cx}" x2="${cx}" y1="${px(y(famLane))}" y2="${px(y(colLane))}"></line>`);
      if (famLane !== undefined) dots.push(html`<circle class="dot" data-k="${mark(t.txId)}" data-hop="0" data-v="${px(t.taintedIn)}" cx="${cx}" cy="${px(y(famLane))}" r="${rr}" fill="${ROLE_COLOUR.relative}"><title>${title}</title></circle>`);
      if (colLane !== undefined) dots.push(html`<circle class="dot ring" data-k="${mark(t.txId)}" data-hop="0" data-v="${px(t.taintedIn)}" cx="${cx}" cy="${px(y(colLane))}" r="${rr}" stroke="${ROLE_COLOUR.relative}"><title>${title}</title></circle>`);
    }
    if (listItems.length < TIMELINE_LIST) listItems.push(html`<li><span class="small">${when(t.ts)}</span> ${from} → ${to}: <b>${money(t.taintedIn)}</b>${t.isSeed ? (backward ? " (into the target)" : " (ransom payment)") : ` (hop ${t.hop})`}</li>`);
    const outLane = collectorLane.get(t.from);
    if (outLane !== undefined) {
      const fill = ROLE_COLOUR[accounts.get(t.to)?.role ?? "other"];
      dots.push(html`<circle class="dot${t.inferred ? " inferred" : ""}" data-k="${mark(t.txId)}" data-hop="${t.hop}" data-v="${px(t.taintedIn)}" cx="${cx}" cy="${px(y(outLane))}" r="${rr}" fill="${fill}"><title>${title}</title></circle>`);
    }
  }
  const svg = html`<svg class="chart timeline" viewBox="0 0 ${W} ${H}" role="img" aria-label="Timeline of payments and onward transfers">${bands}${ticks}${laneLabels}<g class="conns">${connectors}</g><g class="dots">${dots}</g></svg>`;
  const list = html`<div class="chart-list timeline-list"><p class="small">Times in UTC; amounts in ${currency}.</p><ol>${listItems}</ol>${ordered.length > listItems.length ? html`<p class="small">The first ${TIMELINE_LIST} of ${ordered.length} events; all transfers are in the tables.</p>` : ""}</div>`;
  return { svg, list, dotOfTx, familiesShown: fams.length, collectorsShown: collectors.length, collectorsTotal: collectorsAll.length };
}
