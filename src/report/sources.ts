// Section 7: where every figure comes from (files with SHA-256 and row counts, quarantine),
// how it was computed (tool version, run id, options), and the words and rules explained.
import { html, type Html } from "./html.js";
import { count, money, when } from "./format.js";
import { METHODS } from "../trace/methods.js";
import { GLOSSARY, methodWords } from "./glossary.js";
import { inferredNote } from "./inferredNote.js";
import type { ReportData } from "./model.js";

const INFERRED_ROWS = 50;

export function sourcesSection(data: ReportData): Html {
  const q = data.quarantine.reduce((s, r) => s + r.rows, 0);
  const sources = data.sources.map((s) => html`<tr><td>${s.fileName}<div class="small id">${s.path}</div></td><td>${s.format}</td><td class="hash">${s.sha256}</td><td class="num">${count(s.rowsRead)}</td><td class="num">${count(s.rowsLoaded)}</td><td class="num">${count(s.rowsQuarantined)}</td><td>${when(s.loadedAt)}</td></tr>`);
  const options = Object.keys(data.run.options).sort().map((k) => html`<tr><td>${k}</td><td class="id">${JSON.stringify(data.run.options[k])}</td></tr>`);
  const seeds = data.run.seeds;
  const inferred = data.transfers.filter((t) => t.inferred);
  const confs = inferred.map((t) => t.inferred!.confidence).filter((c): c is number => c !== null).sort((a, b) => a - b);
  const range = confs.length ? `confidence ${confs[0]!.toFixed(2)}${confs.length > 1 ? ` to ${confs[confs.length - 1]!.toFixed(2)}` : ""}` : "";
  const excluded = data.run.options["inferred"] === false;
  const inferredRow = html`<tr><td>Inferred links followed</td><td>${inferred.length ? html`${count(inferred.length)} hawala bridge${inferred.length === 1 ? "" : "s"} (in no record), ${range}; listed below` : excluded ? "none: inferred links were excluded (--inferred off)" : "none"}</td></tr>`;
  const inferredRows = [...inferred].sort((a, b) => (a.inferred!.confidence ?? -1) - (b.inferred!.confidence ?? -1) || (a.txId < b.txId ? -1 : 1)).slice(0, INFERRED_ROWS)
    .map((t) => html`<tr><td class="id">${t.txId}</td><td class="id">${t.from} → ${t.to}</td><td class="num">${money(t.tainted)}</td><td class="num">${t.inferred!.confidence === null ? "" : t.inferred!.confidence.toFixed(2)}</td><td class="wrap" title="${inferredNote(t.inferred!)}">${t.inferred!.evidence.join("; ")}</td></tr>`);
  const inferredTable = inferred.length
    ? html`<h3>Inferred links this trace rests on</h3><p class="small">Hawala bridges added by flowtrace hawala: no record contains them. Every amount that passed through them depends on the pairing being right; trace again with --inferred off to see the figures without them.${inferred.length > INFERRED_ROWS ? ` The ${INFERRED_ROWS} least certain of ${count(inferred.length)} are listed.` : ""}</p><div class="tablebox"><table class="mini"><thead><tr><th>Inferred transfer</th><th>From → to</th><th class="num">Traced (${data.currency})</th><th class="num">Confidence</th><th>Evidence</th></tr></thead><tbody>${inferredRows}</tbody></table></div>`
    : "";
  return html`<section id="sources"><h2>7. Sources and integrity</h2>
<h3>Input files</h3>
${data.sources.length ? html`<div class="tablebox"><table class="mini"><thead><tr><th>File</th><th>Format</th><th>SHA-256</th><th class="num">Rows read</th><th class="num">Loaded</th><th class="num">Quarantined</th><th>Loaded at (UTC)</th></tr></thead><tbody>${sources}</tbody></table></div>` : html`<p>No source file is recorded in the case.</p>`}
<p>${count(q)} row${q === 1 ? "" : "s"} could not be loaded and ${q === 1 ? "is" : "are"} kept in quarantine with the reason${data.quarantine.length ? html`: ${data.quarantine.map((r, i) => html`${i ? ", " : ""}${r.reason} ${count(r.rows)}`)}` : ""}. Nothing was dropped silently.</p>
${data.notes.length ? html`<p>Corrections and notes of this run: ${data.notes.map((n, i) => html`${i ? ", " : ""}${n.kind.replace(/_/g, " ")} ${count(n.count)}`)}.</p>` : ""}
<h3>This trace</h3>
<table class="mini"><tbody>
<tr><td>Run id</td><td class="id">${data.run.id}</td></tr>
<tr><td>Rule (method)</td><td>${data.run.method}: ${methodWords(data.run.method).short}</td></tr>
<tr><td>Direction</td><td>${data.run.direction}</td></tr>
<tr><td>Seeds</td><td>${count(seeds.length)}: <span class="id">${seeds.slice(0, 30).join(", ")}</span>${seeds.length > 30 ? ` and ${count(seeds.length - 30)} more` : ""}</td></tr>
${options}
${inferredRow}
<tr><td>Traced on</td><td>${when(data.run.startedAt)} UTC with flowtrace ${data.run.toolVersion}</td></tr>
<tr><td>Case file</td><td class="id">${data.caseFile}</td></tr>${data.casework?.custodyHead ? html`<tr><td>Custody log head</td><td class="hash">${data.casework.custodyHead.hash} (entry ${data.casework.custodyHead.seq}, ${when(data.casework.custodyHead.at)} UTC; check with flowtrace custody verify)</td></tr>` : ""}
<tr><td>Report written</td><td>${when(data.generatedAt)} UTC with flowtrace ${data.toolVersion}</td></tr>
</tbody></table>${inferredTable}
<p class="small">The same case file, run, tool version and report time (--generated-at) always give this same file, byte for byte. Every amount in the tables links to its source file and row${inferred.length ? ", except the inferred links above" : ""}.</p>
<h3>The tracing rules</h3>
<dl class="gloss">${METHODS.map((m) => html`<dt>${m}${m === data.run.method ? " (this report)" : ""}</dt><dd>${methodWords(m).long}</dd>`)}</dl>
<h3>Glossary</h3>
<dl class="gloss">${GLOSSARY.map(([t, d]) => html`<dt>${t}</dt><dd>${d}</dd>`)}</dl>
</section>`;
}
