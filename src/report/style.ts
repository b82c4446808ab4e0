// The report's one stylesheet (inlined; its hash goes into the Content-Security-Policy).
// System fonts only: nothing is fetched. Print rules put each section on its own page.
export const STYLE = `
:root{--ink:#1d1d1f;--muted:#5f6368;--line:#d9d9de;--band:#f5f5f7;--accent:#0b5cad}
*{box-sizing:border-box}
html{scroll-padding-top:40px}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Ethiopic","Ebrima","Nyala","Abyssinica SIL",sans-serif;color:var(--ink);background:#fff}
header.top{padding:18px 28px 10px;border-bottom:3px solid var(--ink)}
header.top h1{margin:0 0 4px;font-size:24px}
header.top .meta{color:var(--muted);font-size:13px}
nav.toc{padding:6px 28px;border-bottom:1px solid var(--line);font-size:13px;position:sticky;top:0;background:#fff;z-index:5}
nav.toc a{margin-right:14px;color:var(--accent);text-decoration:none}
main{padding:0 28px 40px;max-width:1240px}
section{padding-top:10px;border-bottom:1px solid var(--line);padding-bottom:18px}
h2{font-size:20px;margin:18px 0 8px}
h3{font-size:16px;margin:16px 0 6px}
p.lead{font-size:16px;max-width:70em}
.small,.note{font-size:12.5px;color:var(--muted)}
.note{background:#fff8e1;border-left:3px solid #e6a700;padding:4px 8px;color:var(--ink)}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 12px;min-width:200px;flex:1}
.card .label{font-size:12.5px;color:var(--muted)}
.card .fig{font-size:21px;font-weight:600;font-variant-numeric:tabular-nums}
.card .cur{font-size:13px;font-weight:400;color:var(--muted)}
.card .note{background:none;border:0;padding:0;color:var(--muted)}
.card.lead{border-color:#D55E00;border-width:2px}
.card .fig.small{font-size:16px;color:var(--muted)}
.rule{font-size:15px;margin:4px 0 8px}
.warn{border-left:4px solid #D55E00;background:#fff4ec;padding:8px 12px}
details.persons summary{cursor:pointer;font-weight:600;margin:12px 0 4px}
.legend{display:flex;flex-wrap:wrap;gap:14px;font-size:13px;margin:6px 0}
.legend i{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:5px;vertical-align:-1px}
svg.chart{width:100%;height:auto;display:block;font-size:11px;border:1px solid var(--line);border-radius:4px;background:#fff}
svg text{fill:var(--ink)}
svg .colhead,svg .lanehead{font-weight:600;font-size:12px;fill:var(--muted)}
svg .amt{fill:var(--muted)}
.sankey .link{fill:none;stroke-opacity:.35}
.sankey .node text{font-size:10.5px;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.sankey .link:hover,.sankey .link.hl{stroke-opacity:.75}
.network .edge path{fill:none;stroke:#777;stroke-opacity:.55}
.network .edge.hl path{stroke:#000;stroke-opacity:.9}
.network .elabel{font-size:10px;fill:#333;paint-order:stroke;stroke:#fff;stroke-width:3px}
.network .netnode circle{stroke:#fff;stroke-width:1.5}
.network .netnode text{font-size:10.5px;paint-order:stroke;stroke:#fff;stroke-width:3px}
.network .holder rect{fill:#f3f0ff;stroke:#9a8fd6;stroke-dasharray:4 3}
.network .holder text{font-size:10px;fill:#5a4fa0}
.network .sameholder{stroke:#9a8fd6;stroke-width:1.5;stroke-dasharray:5 4}
.timeline .band{fill:var(--band)}
.timeline .tick line{stroke:#e3e3e8}
.timeline .tick text{fill:var(--muted)}
.timeline .lane{font-size:11px}
.timeline .dot{stroke-width:.8;fill-opacity:.85}
.timeline .dot:not(.ring){stroke:#fff}
.timeline .dot.ring{fill:none;stroke-width:2}
.timeline .conn{stroke:#0072B2;stroke-opacity:.18}
svg .off{opacity:.08}
svg.focus .link:not(.hl),svg.focus .edge:not(.hl),svg.focus .dot:not(.hl){opacity:.08}
svg .node.hl rect,svg .netnode.hl circle{stroke:#000;stroke-width:2.5}
.controls{display:none;flex-wrap:wrap;gap:14px;align-items:center;background:var(--band);padding:8px 10px;border-radius:6px;margin:8px 0;font-size:13px}
.js .controls{display:flex;position:sticky;top:30px;z-index:4;box-shadow:0 2px 4px rgba(0,0,0,.08)}
.controls input[type=number]{width:8em}
.tablebox{overflow-x:auto}
table{border-collapse:collapse;font-size:13px}
table.data{width:100%}
th,td{padding:3px 7px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:var(--band);font-weight:600}
.js table.data th{cursor:pointer}
.js table.data th:after{content:" ⇅";color:#aaa;font-size:11px}
table.data tr.hit td{background:#fff3c4}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11px;word-break:break-all}
.id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;word-break:break-all}
table.data td{white-space:nowrap}
table.data td.id{white-space:normal;word-break:normal;overflow-wrap:anywhere;min-width:11em;max-width:22em}
table.data td.wrap{white-space:normal;min-width:14em}
tr.group td{background:#eef3fa;font-size:12.5px}
.methods .current{background:#eef3fa}
.role{display:inline-block;padding:0 6px;border-radius:8px;color:#fff;font-size:11.5px}
.r-relative{background:#0072B2}.r-collector{background:#E69F00}.r-broker{background:#009E73}.r-leader{background:#D55E00}.r-cash-out{background:#555}.r-other{background:#A0A0A0}
.inferred{white-space:nowrap;font-family:system-ui,sans-serif;font-size:10.5px;background:#fff;color:#8a3b00;border:1px dashed #8a3b00;border-radius:6px;padding:0 5px;cursor:help}
.sankey .link.inferred{stroke-dasharray:7 4}
.network .edge.inferred path{stroke-dasharray:6 4;stroke:#8a3b00}
.timeline .dot.inferred{stroke:#8a3b00;stroke-width:1.5;stroke-dasharray:2 1.5}
.seed{white-space:nowrap;font-family:system-ui,sans-serif;font-size:10.5px;background:#0072B2;color:#fff;border-radius:6px;padding:0 5px}
.pager{display:none;gap:8px;align-items:center;font-size:13px;margin:6px 0}
.js .pager{display:flex}
tr.pageout,tr.filtered,tr.hopout{display:none}
dl.gloss dt{font-weight:600;margin-top:6px}
dl.gloss dd{margin:0 0 0 16px}
#tip{position:fixed;display:none;max-width:420px;background:#222;color:#fff;font-size:12.5px;padding:6px 8px;border-radius:4px;white-space:pre-line;pointer-events:none;z-index:10}
.nojs{font-size:12.5px;color:var(--muted)}
.js .nojs{display:none}
.chart-list{display:none;font-size:14px}
.chart-list ul,.chart-list ol{padding-left:18px;margin:4px 0}
.chart-list h4{margin:10px 0 2px;font-size:14px}
.chart-list .amt{color:var(--muted);white-space:nowrap}
/* Phones: no sideways page scroll. Charts become lists (a drawing shrunk to 390 px cannot be
   read), tables become stacked cards with each cell labelled by its column (data-label, set by
   the client from the header; without JavaScript a table scrolls inside its own box). */
@media (max-width:640px){
  header.top,main{padding-left:10px;padding-right:10px}
  nav.toc{padding:6px 10px;display:flex;flex-wrap:wrap;gap:2px 12px;position:static}
  nav.toc a{margin-right:0}
  svg.chart{display:none}
  .chart-list{display:block}
  .controls{display:flex;flex-wrap:wrap;position:static}
  .controls label{display:block;max-width:100%}
  .controls input,.controls select{max-width:100%}
  .card{min-width:0;flex-basis:100%}
  p,li,dd,td{overflow-wrap:anywhere}
  .id{word-break:normal;overflow-wrap:anywhere}
  pre{white-space:pre-wrap}
  html:not(.js) table{display:block;overflow-x:auto;max-width:100%}
  .js table,.js table tbody,.js table tr{display:block;width:100%}
  .js table thead{display:none}
  .js table tr{border-bottom:2px solid var(--line);padding:4px 0}
  .js table td,.js table tbody th{display:block;border:0;white-space:normal!important;min-width:0!important;max-width:none!important;text-align:left!important}
  .js table td[data-label]:before{content:attr(data-label) ": ";font-weight:600;color:var(--muted);font-family:system-ui,sans-serif}
  .tablebox{overflow:visible!important;max-height:none!important}
}
@page{size:A4;margin:12mm 10mm 16mm}
@media print{
  nav.toc,.controls,.pager,#tip{display:none!important}
  section{page-break-before:always;border:0}
  section#summary{page-break-before:avoid}
  svg.chart{page-break-inside:avoid;border:0;max-width:100%}
  tr{page-break-inside:avoid}
  tr.pageout{display:table-row}
  main{max-width:none;padding:0}
  header.top{padding:0 0 6px}
  body{font-size:10pt}
  /* Every column on the page: wide tables wrap their text (ids break at any character, amounts
     never) instead of running off the right edge; headers repeat on each page. */
  .tablebox{overflow:visible!important;max-height:none!important}
  table{width:100%;table-layout:auto}
  table.data,table.mini{font-size:7.5pt}
  table.data th,table.data td,table.mini th,table.mini td{white-space:normal!important;padding:2px 3px;min-width:0!important;max-width:none!important}
  table.data td.id,table.mini td.id,.id{overflow-wrap:anywhere;word-break:normal;font-size:7pt}
  td.num,th.num{white-space:nowrap!important}
  .js table.data th:after{content:""}
  thead{display:table-header-group}
}
`;

/**
 * The page footer of a printed report: the case title and run id on the left, the page number
 * on the right (CSS page-margin boxes, in Chromium since version 131). A stylesheet of its own,
 * since it carries the report's data; its hash joins the Content-Security-Policy.
 */
export function printFooterStyle(caseTitle: string, runId: string): string {
  const text = (s: string) => `"${s.replace(/[\\"]/g, "\\$&").replace(/[\u0000-\u001f<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
  return `@page{@bottom-left{content:${text(`${caseTitle} · run ${runId}`)};font:8pt system-ui,sans-serif;color:#5f6368}` +
    `@bottom-right{content:"page " counter(page) " of " counter(pages);font:8pt system-ui,sans-serif;color:#5f6368}}`;
}
