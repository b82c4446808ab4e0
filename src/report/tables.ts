// Section 5: the accounts and transfers tables. Rendered in full as static HTML (readable and
// printable without JavaScript) up to a cap; the client script adds sorting, search and
// pages. Every cell that the client sorts on carries its raw value in data-v.
import { html, type Html } from "./html.js";
import { count, money, when } from "./format.js";
import { inferredNote } from "./inferredNote.js";
import { noteMark } from "./caseworkSection.js";
import type { ReportAccount, ReportTransfer } from "./model.js";

export const MAX_ACCOUNT_ROWS = 2000;
export const MAX_TRANSFER_ROWS = 5000;

export function tablesSection(accounts: readonly ReportAccount[], transfers: readonly ReportTransfer[], currency: string, runId: string, backward = false): Html {
  const acc = [...accounts].sort((a, b) => b.taintedIn - a.taintedIn || b.taintedOut - a.taintedOut || (a.id < b.id ? -1 : 1));
  const shownAcc = acc.slice(0, MAX_ACCOUNT_ROWS);
  // Keep every ransom payment and the largest of the rest, then show them in time order.
  const seeds = transfers.filter((t) => t.isSeed);
  const rest = transfers.filter((t) => !t.isSeed).sort((a, b) => b.taintedIn - a.taintedIn || (a.txId < b.txId ? -1 : 1));
  const shownTx = [...seeds, ...rest.slice(0, Math.max(0, MAX_TRANSFER_ROWS - seeds.length))]
    .sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : a.txId < b.txId ? -1 : 1));
  const num = (v: number) => html`<td class="num" data-v="${v}">${money(v)}</td>`;
  const accRows = shownAcc.map((a) => html`<tr data-acct="${a.id}"><td class="id">${a.id}${noteMark(a.notes)}</td><td class="wrap">${a.holder ?? ""}</td><td><span class="role r-${a.role}" title="${a.roleReason}">${a.role}</span></td><td>${a.kind}</td><td>${a.institution ?? ""}</td><td>${a.country ?? ""}</td><td class="num" data-v="${a.firstHop ?? -1}">${a.firstHop ?? ""}</td>${num(a.taintedIn)}${num(a.taintedOut)}${num(a.retained)}${num(a.exited)}${num(a.unexplainedOut)}</tr>`);
  const txRows = shownTx.map((t) => html`<tr data-acct="${t.from} ${t.to}" data-hop="${t.hop}" data-v="${t.taintedIn}"><td class="id">${t.txId}${t.isSeed ? html` <span class="seed">${backward ? "into target" : "ransom"}</span>` : ""}${t.inferred ? html` <span class="inferred" title="${inferredNote(t.inferred)}">inferred${t.inferred.confidence === null ? "" : ` ${t.inferred.confidence.toFixed(2)}`}</span>` : ""}${noteMark(t.notes)}</td><td data-v="${t.ts}">${when(t.ts)}</td><td class="id">${t.from}</td><td class="id">${t.to}</td><td class="num" data-v="${t.amount}">${money(t.amount)} ${t.currency}</td>${num(t.valueOut)}${num(t.taintedIn)}<td class="num" data-v="${t.hop}">${t.hop}</td><td>${t.channel ?? ""}</td><td class="wrap">${t.reference ?? ""}</td><td>${t.sourceFile ? `${t.sourceFile}:${t.sourceRow ?? ""}` : ""}</td></tr>`);
  const capNote = (shown: number, total: number, what: string, order: string) =>
    shown < total ? html`<p class="note">Showing ${count(shown)} of ${count(total)} ${what} (${order}). The complete list is in the case file, table <code>trace_${what === "accounts" ? "accounts" : "transfers"}</code>, run <code>${runId}</code>.</p>` : "";
  return html`<section id="tables"><h2>5. Accounts and transfers</h2>
<p>Amounts: "Value sent" is what the sender paid (with the operator's fee); "Traced received" and the accounts' traced figures are the traced money that arrived, after fees, the same amounts the charts draw. Click a column heading to sort; type in the box to search (account, holder, institution, reference). Institution and country say where to send a production order next.${transfers.some((t) => t.inferred) ? html` A transfer marked <span class="inferred">inferred</span> is a hawala bridge: no record contains it; its confidence is shown, and its evidence on hover (search "inferred" to list them).` : ""}</p>
<h3>Accounts (${count(acc.length)})</h3>${capNote(shownAcc.length, acc.length, "accounts", "those that received the most traced money")}
<div class="tablebox"><table class="data" id="accounts-table"><thead><tr><th>Account</th><th>Holder</th><th>Role</th><th>Kind</th><th>Institution</th><th>Country</th><th class="num">First hop</th><th class="num">Traced in (${currency})</th><th class="num">Traced out</th><th class="num">Retained</th><th class="num">Exited</th><th class="num">Unexplained out</th></tr></thead><tbody>${accRows}</tbody></table></div>
<h3>Transfers (${count(transfers.length)})</h3>${capNote(shownTx.length, transfers.length, "transfers", backward ? "every transfer into the target and the largest traced transfers" : "every ransom payment and the largest traced transfers")}
<div class="tablebox"><table class="data" id="transfers-table"><thead><tr><th>Transfer</th><th>Time (UTC)</th><th>From</th><th>To</th><th class="num">Amount sent</th><th class="num">Value sent (${currency})</th><th class="num">Traced received (${currency})</th><th class="num">Hop</th><th>Channel</th><th>Reference</th><th>Source (file:row)</th></tr></thead><tbody>${txRows}</tbody></table></div>
</section>`;
}
