// answer-sheet.html: one offline page per case with a field for each question, in the chosen
// language. The same rules as the report: one file, no network request of any kind (a
// Content-Security-Policy allows nothing from outside the page), every text escaped. Its
// script (client.ts) checks answers as they are typed and saves answers.json, which
// `flowtrace grade` reads unchanged. Ethiopic text carries its own font subset.
import { escapeHtml, html, raw, type Html } from "../../report/html.js";
import { jsonForScript } from "../../report/html.js";
import type { Question } from "../questions.js";
import type { Lang } from "../../i18n/lang.js";
import { CATALOGUES, translator } from "../../i18n/messages.js";
import { ETHIOPIC_FAMILY } from "../../i18n/ethiopicFont.js";

export interface SheetCase {
  scenario: string;
  seed: number;
  level: string;
  questions: Question[];
}

const COLUMNS: Record<string, string[]> = {
  amount_map: ["field.account", "field.amount"],
  victims: ["field.victim", "field.total", "field.paid_to"],
  pairs: ["field.first", "field.second"],
};
const NUMERIC = new Set(["field.amount", "field.total"]);

const STYLE = `
*{box-sizing:border-box}
body{margin:0 auto;max-width:920px;padding:16px;font:16px/1.5 "${ETHIOPIC_FAMILY}",system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d1d1f}
h1{font-size:24px;margin:0 0 4px}
.meta{color:#5f6368;margin:0 0 12px}
section.q{border:1px solid #d9d9de;border-radius:6px;padding:10px 14px;margin:12px 0}
section.q.bad{border-color:#c62828}
h2{font-size:17px;margin:0 0 6px}
.how{color:#5f6368;font-size:14px;margin:0 0 8px}
textarea,input[type=text]{width:100%;font:inherit;padding:6px;border:1px solid #b0b0b8;border-radius:4px}
textarea{min-height:7em}
table{border-collapse:collapse;width:100%}
th{text-align:left;font-size:13px;color:#5f6368;font-weight:500;padding:2px 4px}
td{padding:2px 4px}
button,.button{font:inherit;padding:6px 12px;border:1px solid #0b5cad;border-radius:4px;background:#fff;color:#0b5cad;cursor:pointer;text-decoration:none;display:inline-block}
.button.primary{background:#0b5cad;color:#fff}
.button[aria-disabled=true]{opacity:.45;cursor:not-allowed}
.err{color:#c62828;font-size:14px;margin:4px 0 0;min-height:0}
#status{font-weight:600;margin:8px 0}
#status.bad{color:#c62828}
.bar{position:sticky;top:0;background:#fff;border-bottom:1px solid #d9d9de;padding:8px 0;display:flex;flex-wrap:wrap;gap:8px;align-items:center;z-index:2}
pre{background:#f5f5f7;padding:8px;overflow:auto;font-size:13px}
.js .nojs{display:none}
html:not(.js) .needs-js{display:none}
@media (max-width:600px){body{padding:10px}td,th{display:block;width:100%}tr{display:block;border-bottom:1px solid #d9d9de;padding:4px 0}thead{display:none}}
@media print{.bar,button,.err{display:none}}
`;

function field(q: Question, t: (k: string) => string): Html {
  if (q.kind === "set") return html`<textarea name="${q.id}" aria-label="${q.id}" spellcheck="false"></textarea>`;
  if (q.kind === "amount") return html`<input type="text" inputmode="decimal" name="${q.id}" aria-label="${q.id}" autocomplete="off">`;
  const cols = COLUMNS[q.kind]!;
  const cells = cols.map((c) => html`<td><input type="text" aria-label="${t(c)}" data-col="${c}"${raw(NUMERIC.has(c) ? ' inputmode="decimal"' : "")} autocomplete="off"></td>`);
  return html`<table><thead><tr>${cols.map((c) => html`<th>${t(c)}</th>`)}<th></th></tr></thead><tbody></tbody></table>
<template><tr>${cells}<td><button type="button" class="remove">${t("row.remove")}</button></td></tr></template>
<p class="needs-js"><button type="button" class="add">${t("row.add")}</button></p>`;
}

/** The page for a case, in `lang`; `clientJs` is the bundled client.ts, `fontFaces` the Ethiopic subset (or ""). */
export function answerSheetHtml(c: SheetCase, lang: Lang, clientJs: string, fontFaces: string): string {
  const t = translator(lang) as (k: string, v?: Record<string, string | number>) => string;
  const level = t(`level.${c.level}`);
  const messages = CATALOGUES[lang];
  const data = { format: "flowtrace-answers/1", scenario: c.scenario, seed: c.seed, messages };
  const json = jsonForScript(data);
  // An amount question that depends on a tracing rule names it (questions.ts); the English text
  // says so in words, the other catalogues' texts are the rule-free question, so the rule is
  // added in its language-neutral form (the method's name and the command).
  const ruleNote = (q: Question) => (q.rule === "fifo" ? " (FIFO: flowtrace trace --method fifo)" : q.rule ? ` (${q.rule})` : "");
  const questionText = (q: Question) => (lang === "en" ? q.text : t(`question.${q.id}`) + ruleNote(q));
  const body = html`<h1>${t("sheet.title")}</h1>
<p class="meta">${t("sheet.case", { scenario: c.scenario, seed: c.seed, level })}</p>
<p>${t("sheet.intro")}</p>
<p class="nojs note">${t("sheet.nojs")}</p>
<div class="bar needs-js"><a id="save" class="button primary" download="answers.json" href="#">${t("sheet.save")}</a>
<label class="button">${t("sheet.load")}<input id="load" type="file" accept=".json,application/json" hidden></label>
<button type="button" id="clear">${t("sheet.clear")}</button><span id="status" role="status"></span></div>
${c.questions.map((q, i) => html`<section class="q" data-id="${q.id}" data-kind="${q.kind}">
<h2>${i + 1}. ${questionText(q)}</h2>
<p class="how">${t(`kind.${q.kind}`)}</p>
${field(q, t)}
<p class="err" role="alert"></p>
</section>`)}
<details class="needs-js"><summary>${t("sheet.preview")}</summary><pre id="preview"></pre></details>`;
  const csp = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; font-src data:; img-src data:; form-action 'none'; base-uri 'none'";
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(`${t("sheet.title")}: ${c.scenario} ${c.seed}`)}</title>
<style>${fontFaces}${STYLE}</style>
</head>
<body>
${body.text}
<script type="application/json" id="sheet-data">${json}</script>
<script>${clientJs.replace(/<\/script/gi, "<\\/script")}</script>
</body>
</html>
`;
}
