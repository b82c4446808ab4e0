// Sections 8 and 9, present only when the case has them (docs/casework.md): the investigator's
// notes and labels (an annex; the same notes are marked beside their accounts and transfers in
// section 5), and the accounts, phone numbers and persons seen in other cases (`report --xref`).
import { html, type Html } from "./html.js";
import { count, money, when } from "./format.js";
import type { ReportData } from "./model.js";

/** Contents-bar links for the sections below. */
export function caseworkToc(data: ReportData): Html | "" {
  const c = data.casework;
  if (!c) return "";
  return html`${c.notes.length || c.retracted ? html`<a href="#notes">8 Notes</a>` : ""}${c.xref.length ? html`<a href="#xref">9 Other cases</a>` : ""}`;
}

/** The small mark beside an account or transfer that has notes (the notes on hover, and in section 8). */
export function noteMark(notes: readonly string[] | undefined): Html | "" {
  return notes?.length ? html` <span class="seed" title="${notes.join("\n")}">${notes.length === 1 ? "note" : `${notes.length} notes`}</span>` : "";
}

export function caseworkSections(data: ReportData): Html | "" {
  const c = data.casework;
  if (!c) return "";
  const rows = c.notes.map((n) => html`<tr><td class="num">${n.id}</td><td class="id">${n.target}<div class="small">${n.targetKind}${n.inTrace ? "" : ", not in this trace"}</div></td><td>${n.label ?? ""}</td><td class="wrap">${n.text}</td><td>${n.author}</td><td>${when(n.at)}${n.edited ? " (edited)" : ""}</td></tr>`);
  const notes = c.notes.length || c.retracted ? html`<section id="notes"><h2>8. Investigator's notes and labels</h2>
<p>Judgements written into the case with <code>flowtrace note</code>: they are not in any record. A label sets the account's role in this report, over detection and the shape of the trace (its reason says so); <em>exclude</em> leaves an account out of seeds and detection.${c.retracted ? html` ${count(c.retracted)} retracted note${c.retracted === 1 ? " is" : "s are"} not shown; the case keeps ${c.retracted === 1 ? "its" : "their"} text in the note history (<code>flowtrace note history ID</code>).` : ""}</p>
${c.notes.length ? html`<div class="tablebox"><table class="mini"><thead><tr><th class="num">Note</th><th>About</th><th>Label</th><th>Text</th><th>Author</th><th>Written (UTC)</th></tr></thead><tbody>${rows}</tbody></table></div>` : ""}
</section>` : "";
  const xref = c.xref.length ? html`<section id="xref"><h2>9. Seen in other cases</h2>
<p>Accounts, phone numbers and persons (resolved entities, joined by a shared account or phone) that also appear in the case files below, read without changing them. Amounts are what each case's latest trace run traced into them, in each case's reporting currency.</p>
${c.xref.map((x) => html`<h3>${x.case_file} (${count(x.links.length)} shared)</h3>
${x.links.length ? html`<div class="tablebox"><table class="mini"><thead><tr><th>Kind</th><th>Shared</th><th>Here</th><th class="num">Traced in here (${data.currency})</th><th>There</th><th class="num">Traced in there (${x.currency})</th></tr></thead><tbody>${x.links.map((l) => html`<tr><td>${l.kind}</td><td class="id">${l.value}</td><td class="id">${l.here_name ? html`${l.here_name}<div class="small">${l.here_accounts.join(", ")}</div>` : l.here_accounts.join(", ")}</td><td class="num">${money(l.here_traced_in)}</td><td class="id">${l.other_name ? html`${l.other_name}<div class="small">${l.other_accounts.join(", ")}</div>` : l.other_accounts.join(", ")}</td><td class="num">${money(l.other_traced_in)}</td></tr>`)}</tbody></table></div>` : html`<p>Nothing shared.</p>`}`)}
</section>` : "";
  return html`${notes}${xref}`;
}
