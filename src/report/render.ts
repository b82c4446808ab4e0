// Pure: ReportData (+ the client bundle's text) → one self-contained HTML string. No I/O, no
// clock: the same data gives the same bytes. The charts are static SVG laid out here, so the
// page reads without JavaScript; the client script only adds interaction. The page loads
// nothing: a Content-Security-Policy forbids every fetch, and the inline script and style
// are allowed by their SHA-256.
import { createHash } from "node:crypto";
import { html, jsonForScript } from "./html.js";
import { count, money, when } from "./format.js";
import { ROLES, type ReportData } from "./model.js";
import { ROLE_WORD } from "./palette.js";
import { sankeyChart, SANKEY_PER_COLUMN } from "./sankey.js";
import { networkChart } from "./network.js";
import { timelineChart } from "./timeline.js";
import { FAMILY_HIGHLIGHTS, families, familyTransfers } from "./families.js";
import { summarySection } from "./summary.js";
import { tablesSection } from "./tables.js";
import { arithmeticSection } from "./arithmetic.js";
import { sourcesSection } from "./sources.js";
import { printFooterStyle, STYLE } from "./style.js";
import { caseworkSections, caseworkToc } from "./caseworkSection.js";

/** What the client script reads from the page's JSON block. */
export interface ClientData {
  runId: string;
  currency: string;
  exact: boolean;
  maxHop: number;
  families: { key: string; label: string; amount: string; sankey: number[]; network: number[]; timeline: number[] }[];
}

export function renderReport(data: ReportData, clientJs: string): string {
  const accounts = new Map(data.accounts.map((a) => [a.id, a]));
  const fams = families(data);
  const backward = data.run.direction === "backward";
  const sankey = sankeyChart(data.transfers, accounts, data.currency, backward);
  const network = networkChart(data.transfers, accounts, data.currency);
  const timeline = timelineChart(fams, data.transfers, accounts, data.currency, backward);
  const highlighted = fams.slice(0, FAMILY_HIGHLIGHTS);
  const reach = familyTransfers(data, highlighted);
  const indices = (txs: Set<string> | undefined, of: (tx: string) => number | number[] | undefined) => {
    const out = new Set<number>();
    for (const tx of txs ?? []) {
      const v = of(tx);
      if (v === undefined) continue;
      for (const i of Array.isArray(v) ? v : [v]) out.add(i);
    }
    return [...out].sort((a, b) => a - b);
  };
  const client: ClientData = {
    runId: data.run.id,
    currency: data.currency,
    exact: reach.exact,
    maxHop: data.transfers.reduce((m, t) => Math.max(m, t.hop), 0),
    families: highlighted.map((f) => ({
      key: f.key,
      label: f.label,
      amount: `${money(f.amount)} ${data.currency}`,
      sankey: indices(reach.txs.get(f.key), (tx) => sankey.linkOfTx.get(tx)),
      network: indices(reach.txs.get(f.key), (tx) => network.edgeOfTx.get(tx)),
      timeline: indices(reach.txs.get(f.key), (tx) => timeline.dotOfTx.get(tx)),
    })),
  };
  const inferredCount = data.transfers.filter((t) => t.inferred).length;
  const dashed = (what: string) => (inferredCount ? html` <strong>Dashed ${what}</strong> carry inferred links (hawala bridges): no record contains them; how many and with which confidence is in section 7.` : "");
  const legend = html`<div class="legend">${ROLES.map((r) => html`<span><i class="r-${r}"></i>${ROLE_WORD[r]}</span>`)}</div>`;
  const controls = html`<div class="controls" id="controls"><label>Hops from <select id="hop-min"></select> to <select id="hop-max"></select></label><label>Smallest amount shown (${data.currency}) <input id="min-amount" type="number" min="0" step="any" value="0"></label><label title="applies to the flow diagram, the network and the timeline">Highlight one family's money <select id="family"><option value="">(all families)</option></select></label><label>Find account <input id="find" type="search" placeholder="number or name"></label><span id="found" class="small"></span></div>`;

  const body = html`${summarySection(data)}
<div id="charts">${controls}
<section id="flow"><h2>2. Flow of the money</h2>
<p>${backward ? html`Left to right, in the direction the money moved: the earliest origins found on the left, the target account on the right; hop 0 is the transfers into the target, hop 1 the transfers that funded those, and so on.${sankey.omitted ? html` ${count(sankey.omitted)} transfers further back than the diagram's columns are not drawn (they are in the tables).` : ""}` : html`Left to right, hop by hop: who paid, who received the ransom first, and where it went next.`} The width of each band is the traced money the receiver got (${data.currency}, after operator fees: the amounts of the tables' "traced received" and "traced in" columns; what the families sent, fees included, is in the summary). An account appears again in a later column when money reaches it again at a later hop; when money comes back to an account that had already passed it on, the box is marked ↺ (a loop, listed in section 6). In each column only the ${SANKEY_PER_COLUMN} largest accounts have their own box${sankey.aggregatedAccounts ? html`; the other ${count(sankey.aggregatedAccounts)} are grouped as "other, N accounts"` : ""}.${dashed("bands")}</p>
${legend}${sankey.svg}${sankey.list}
<p class="nojs">Hover a band or a box for its details. With JavaScript on, you can also filter by hop and amount and highlight one family's money.</p></section>
<section id="network"><h2>3. Network of accounts</h2>
<p>Each circle is an account (size: traced money moved; colour: role), each arrow a set of transfers with the traced amount on it (the largest are labelled; hover for all). Accounts of the same holder are boxed together, or joined by a dashed purple line when they play different roles.${network.totalAccounts > network.shownAccounts ? html` For each role the accounts that moved the most are drawn; the other ${count(network.totalAccounts - network.shownAccounts)} are grouped per role ("other collectors, N").` : ""}${network.omittedEdges ? html` The ${count(network.omittedEdges)} thinnest links are not drawn (they are in the transfers table).` : ""}${dashed("brown arrows")}</p>
${legend}${network.svg}${network.list}</section>
<section id="timeline"><h2>4. Timeline</h2>
<p>Top: when each family paid (one lane per victim's family where a relative's statement was matched to the payment, otherwise per payer). Below: each collector's wallet, with the ransom arriving (rings, joined to the payment by a thin line) and the money forwarded (dots coloured by the role of the receiver). Times in UTC.${inferredCount ? html` A dot with a dashed brown rim is an inferred link (hawala bridge).` : ""}${timeline.familiesShown < fams.length ? html` The ${timeline.familiesShown} largest of ${count(fams.length)} families are shown.` : ""}${timeline.collectorsShown < timeline.collectorsTotal ? html` The ${timeline.collectorsShown} largest of ${count(timeline.collectorsTotal)} collectors are shown.` : ""}</p>
${timeline.svg}${timeline.list}</section></div>
${tablesSection(data.accounts, data.transfers, data.currency, data.run.id, backward)}
${arithmeticSection(data, accounts, sankey.loops)}
${sourcesSection(data)}${caseworkSections(data)}`;

  const script = clientJs.replace(/<\/(script)/gi, "<\\/$1");
  const footer = printFooterStyle(data.title, data.run.id);
  const csp = [
    "default-src 'none'",
    `script-src 'unsafe-inline' '${sha256(script)}'`,
    `style-src 'unsafe-inline' '${sha256(STYLE)}' '${sha256(footer)}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const title = `${data.title}: ${money(data.run.totals.seeded)} ${data.currency} traced (${data.run.method})`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="flowtrace ${data.toolVersion}">
${html`<title>${title}</title>`}
<style>${STYLE}</style>
<style media="print">${footer}</style>
</head>
<body>
${html`<header class="top"><h1>${data.title}</h1><div class="meta">Run <span class="id">${data.run.id}</span> · rule ${data.run.method} · ${data.run.direction} · report written ${when(data.generatedAt)} UTC · flowtrace ${data.toolVersion}${data.redacted ? " · pseudonymised copy" : ""}</div></header>`}
<nav class="toc"><a href="#summary">1 Summary</a><a href="#flow">2 Flow</a><a href="#network">3 Network</a><a href="#timeline">4 Timeline</a><a href="#tables">5 Tables</a><a href="#arithmetic">6 Arithmetic</a><a href="#sources">7 Sources</a>${caseworkToc(data)}</nav>
<main>
${body}
</main>
<div id="tip" role="tooltip"></div>
<script type="application/json" id="report-data">${jsonForScript(client)}</script>
<script>${script}</script>
</body>
</html>
`;
}


function sha256(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}
