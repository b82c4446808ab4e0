// Section 1: the case in plain language, with the headline figures a prosecutor quotes.
import { html, type Html } from "./html.js";
import { count, day, money } from "./format.js";
import { accountLabel } from "./label.js";
import { METHOD_TRAITS } from "../trace/methods.js";
import { methodWords } from "./glossary.js";
import { headline } from "./headline.js";
import type { ReportData } from "./model.js";

export function summarySection(data: ReportData): Html {
  if (data.run.direction === "backward") return backwardSummary(data);
  const c = data.currency;
  const H = headline(data);
  const seeds = data.transfers.filter((t) => t.isSeed);
  const first = seeds.reduce((m, t) => (m === "" || t.ts < m ? t.ts : m), "");
  const last = seeds.reduce((m, t) => (t.ts > m ? t.ts : m), "");
  const byId = new Map(data.accounts.map((a) => [a.id, a]));
  const exits = data.accounts.filter((a) => a.exited > 0).sort((a, b) => b.exited - a.exited || (a.id < b.id ? -1 : 1));
  const pct = (v: number) => (H.paidByFamilies > 0 ? ` (${((100 * v) / H.paidByFamilies).toFixed(1)} %)` : "");
  const maxHops = data.run.options["max_hops"] ?? data.run.options["maxHops"];
  const method = methodWords(data.run.method);
  const card = (label: string, v: number, note: Html | string, cls = "") =>
    html`<div class="card${cls}"><div class="label">${label}</div><div class="fig">${money(v)} <span class="cur">${c}</span></div><div class="note">${note}</div></div>`;
  const unnamed = H.victims - H.victimsNamed;
  const victimsWords = H.victims
    ? html` for <strong>${count(H.victims)} victim${H.victims === 1 ? "" : "s"}</strong>${unnamed ? html` (${count(H.victimsNamed)} named in the families' statements, ${count(unnamed)} known only by ${unnamed === 1 ? "the payer" : "their payers"})` : ""}`
    : "";
  const leaderCard = H.rolesFrom === "detection"
    ? card(`Reached the leaders (${data.run.method})`, H.reachedLeaders.amount, `${H.reachedLeaders.accounts.length} leader account${H.reachedLeaders.accounts.length === 1 ? "" : "s"}, counted once${pct(H.reachedLeaders.amount)}`, " lead")
    : html`<div class="card lead"><div class="label">Reached the leaders</div><div class="fig small">not classified</div><div class="note">run <code>flowtrace detect</code>, then this report again</div></div>`;
  const leaderRows = H.reachedLeaders.accounts.map((l) => {
    const a = byId.get(l.account);
    const also = data.leaders.find((x) => x.account === l.account)?.fromOtherLeaders ?? 0;
    return html`<tr><td class="id">${l.account}</td><td>${a?.holder ?? ""}</td><td>${[a?.institution, a?.country].filter(Boolean).join(", ")}</td><td class="num">${money(l.amount)}</td><td class="num">${also > 0.005 ? money(also) : ""}</td></tr>`;
  });
  const hawalaWarning = H.stoppedAtHawala >= 0.01 * H.paidByFamilies && H.stoppedAtHawala > 0
    ? html`<p class="warn"><strong>${money(H.stoppedAtHawala)} ${c}${pct(H.stoppedAtHawala)} stopped at hawala brokers</strong>: it is still in a broker's book when the records end. A hawala broker pays out from another broker's cash, so the records hold no transfer onward.${data.run.options["inferred"] === true ? " This run followed the inferred hawala bridges the case has; the rest found no matching payout." : html` This run did not follow inferred hawala bridges: run <code>flowtrace hawala</code>, then <code>flowtrace trace --inferred on</code> to follow them.`}</p>`
    : "";
  const crossed = H.crossedInferred > 0
    ? html`<p class="small"><span class="inferred">inferred</span> ${money(H.crossedInferred)} ${c} of traced money crossed inferred hawala bridges (summed over the bridges; in no record: every such transfer is marked <span class="inferred">inferred</span> in the charts and tables, with its confidence and evidence in section 7).</p>`
    : "";
  return html`<section id="summary"><h2>1. Case summary</h2>
<p class="rule">Rule: <strong>${data.run.method}</strong> (${method.short}). Run <span class="id">${data.run.id}</span>${data.madeBy === "compare" ? " (stored by flowtrace compare)" : ""}.</p>
<p class="lead">This report follows <strong>${count(seeds.length)} ransom payment${seeds.length === 1 ? "" : "s"}</strong> made by <strong>${count(H.payers)} payer${H.payers === 1 ? "" : "s"}</strong>${victimsWords}${first ? html` between <strong>${day(first)}</strong> and <strong>${day(last)}</strong>` : ""}. The families paid <strong>${money(H.paidByFamilies)} ${c}</strong>; after the operators' fees on the payments (${money(H.feesOnPayments)} ${c}) the collectors received ${money(H.received)} ${c}. The money was followed through ${count(data.transfers.length)} transfers${inferredPart(data)} and ${count(data.accounts.length)} accounts under the <strong>${data.run.method}</strong> rule${maxHops !== undefined && maxHops !== null ? html` up to <strong>${String(maxHops)}</strong> hops` : ""}. All amounts are in ${c}; shares are of what the families paid.</p>
<div class="cards">
${card("Paid by the families", H.paidByFamilies, `what the payers sent, ${count(seeds.length)} payments`)}
${leaderCard}
${card("Cashed out / into services", H.cashedOut, `${exits.length} exit point${exits.length === 1 ? "" : "s"}${pct(H.cashedOut)}`)}
${card("Still held (retained)", H.retained, html`at the end of the records${pct(H.retained)}`)}
${card("Beyond the horizon", H.beyondHorizon, `not followed further${pct(H.beyondHorizon)}`)}
${card("Operators' fees", H.fees, `${money(H.feesOnPayments)} on the payments, ${money(H.feesOnward)} onward${pct(H.fees)}`)}
</div>
${hawalaWarning}${crossed}
${confidencePart(data, pct)}
${H.rolesFrom === "detection"
    ? (leaderRows.length
      ? html`<h3>Traced to each leader account</h3><p class="small">Each amount is the traced money that reached the leaders at this account first: money one leader account passed to another is counted once, where it first arrived (the last column shows what came from the other leader accounts and is not counted again). Together ${money(H.reachedLeaders.amount)} ${c}${pct(H.reachedLeaders.amount)}.</p><table class="mini"><thead><tr><th>Account</th><th>Holder</th><th>Institution, country</th><th class="num">Reached the leaders here first (${c})</th><th class="num">Also received from other leader accounts</th></tr></thead><tbody>${leaderRows}</tbody></table>`
      : html`<p class="small">Detection named no leader account that received traced money in this run.</p>`)
    : ""}
${exits.length ? html`<h3>Where it was cashed out</h3><p>${exits.slice(0, 6).map((a, i) => html`${i ? "; " : ""}<strong>${accountLabel(a.id, a, 40)}</strong> ${money(a.exited)} ${c}`)}${exits.length > 6 ? html`; and ${exits.length - 6} more (see the accounts table)` : ""}. These are where a production order goes next.</p>` : ""}
${personsPart(data)}
<p class="small">${data.rolesSource === "detection"
    ? "Roles (collector, broker, leader, cash-out) come from the detection step (flowtrace detect) stored in the case; an account detection called a leader candidate but that got most of its traced money from leader accounts is shown as where the leaders spent it (cash-out), not as a leader. Hover a role in the accounts table for the reason."
    : html`<strong>Roles are not classified.</strong> Only what the trace itself shows is marked (payers, the first receivers of a ransom payment, cash and service accounts); every other account is "not classified", and no account is called a leader or broker. Run <code>flowtrace detect</code> on the case, then write this report again.`}${METHOD_TRAITS[data.run.method].share === "reach" ? ` Under ${data.run.method} every transfer after first contact counts in full, so amounts overstate what moved (an upper bound) and do not add up.` : ""}${data.redacted ? " Names and account numbers are pseudonymised in this copy." : ""}</p>
</section>`;
}

/** The victims as persons, with every spelling the families used, and the payers. */
function personsPart(data: ReportData): Html | "" {
  const P = data.persons;
  if (!P.victims.length) return "";
  const c = data.currency;
  const rows = P.victims.map((v) => html`<tr><td>${v.name ?? html`<em>not named in the records</em>`}</td><td class="wrap">${v.spellings.length > 1 ? v.spellings.join("; ") : ""}</td><td class="wrap">${v.payers.join("; ")}</td><td class="num">${count(v.seeds.length)}${v.inferredSeeds.length ? html` <span class="small" title="payments no statement names, given to this victim because the same payer's other payments name him">(${count(v.inferredSeeds.length)} by payer)</span>` : ""}</td><td class="num">${money(v.amount)}</td></tr>`);
  return html`<details class="persons" open><summary>${P.victims.length === 1 ? "The victim" : `The ${count(P.victims.length)} victims`} and ${P.payers.length === 1 ? "the payer" : `${count(P.payers.length)} payers`}, as persons</summary>
<p class="small">A victim is one person however the families spell his name (names alike as Habesha names, allowing transliteration and a missing grandfather's name, are one person); a payer is one person however many accounts he paid from (accounts joined by flowtrace entities, by the same phone in his statements, or held under the same full name). A payment no statement names counts for the victim its payer's other payments name; a payer whose payments no statement names stands for one victim not named in the records.</p>
<table class="mini"><thead><tr><th>Victim</th><th>Spellings in the statements</th><th>Paid for by</th><th class="num">Payments</th><th class="num">Paid (${c})</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

/** A backward trace answers "where did the money that reached X come from". */
function backwardSummary(data: ReportData): Html {
  const c = data.currency;
  const T = data.run.totals;
  const target = String(data.run.options["target"] ?? data.run.seeds[0] ?? "");
  const acc = new Map(data.accounts.map((a) => [a.id, a]));
  const into = data.transfers.filter((t) => t.isSeed);
  const explained = data.origins.filter((o) => o.origin !== "unexplained").reduce((s, o) => s + o.amount, 0);
  const unexplained = data.origins.filter((o) => o.origin === "unexplained").reduce((s, o) => s + o.amount, 0);
  const pct = (v: number) => (T.seeded > 0 ? ` (${((100 * v) / T.seeded).toFixed(1)} %)` : "");
  const card = (label: string, v: number, note: string) =>
    html`<div class="card"><div class="label">${label}</div><div class="fig">${money(v)} <span class="cur">${c}</span></div><div class="note">${note}</div></div>`;
  const rows = data.origins.slice(0, 12).map((o) => {
    const a = acc.get(o.account);
    return html`<tr><td class="id">${o.account}</td><td>${a?.holder ?? ""}</td><td>${[a?.institution, a?.country].filter(Boolean).join(", ")}</td><td>${o.origin === "unexplained" ? "money of unknown origin in this account" : o.origin}</td><td class="num">${money(o.amount)}</td></tr>`;
  });
  return html`<section id="summary"><h2>1. Case summary</h2>
<p class="lead">This report traces <strong>backwards</strong> from <strong class="id">${target}</strong>${acc.get(target)?.holder ? html` (${acc.get(target)!.holder})` : ""}: where the <strong>${money(T.seeded)} ${c}</strong> that reached it in ${count(into.length)} transfers came from, through ${count(data.transfers.length)} transfers${inferredPart(data)} and ${count(data.accounts.length)} accounts, under the <strong>${data.run.method}</strong> rule (${methodWords(data.run.method).short}). All amounts are in ${c}.</p>
<div class="cards">
${card("Reached the target", T.seeded, `${count(into.length)} transfers in`)}
${card("From identified origins", explained, `accounts with no earlier inflow, or the hop limit${pct(explained)}`)}
${card("Of unknown origin", unexplained, `more left an account than was known to be in it${pct(unexplained)}`)}
</div>
${rows.length ? html`<h3>Where it came from</h3><table class="mini"><thead><tr><th>Origin account</th><th>Holder</th><th>Institution, country</th><th>Why the walk stopped</th><th class="num">Contributed (${c})</th></tr></thead><tbody>${rows}</tbody></table>${data.origins.length > 12 ? html`<p class="small">and ${count(data.origins.length - 12)} more origins.</p>` : ""}` : ""}
</section>`;
}

/** Inferred links (hawala bridges) are in no record: the summary says how many the figures rest on. */
const LINK_WORDS: Record<string, string> = {
  statement: "Ransom payments found by matching a family's statement (approximate date, amount, name)",
  entity: "Ransom payments whose payer account was joined to a person by entity links",
  bridge: "Inferred hawala bridges the traced money crossed",
};

/**
 * How sure the trace is: the figures are exact arithmetic on the records, but some links it
 * starts from or crosses are inferred. For each kind, how much traced money rests on it and
 * the weakest and median confidence (glossary: statement match, entity link, inferred link).
 */
function confidencePart(data: ReportData, pct: (v: number) => string): Html {
  const c = data.currency;
  const conf = (v: number | null) => (v === null ? "" : v.toFixed(2));
  if (!data.confidence.length) return html`<p class="small">How sure: every link this trace follows is in the records (no payment chosen by matching a statement, no merged person, no inferred hawala bridge).</p>`;
  const rows = data.confidence.map((r) => html`<tr><td class="wrap">${LINK_WORDS[r.kind] ?? r.kind}</td><td class="num">${count(r.links)}</td><td class="num">${money(r.amount)}${pct(r.amount)}</td><td class="num">${conf(r.minConfidence)}</td><td class="num">${conf(r.medianConfidence)}</td></tr>`);
  return html`<h3>How sure each link is</h3><p class="small">Every amount is exact arithmetic on the records under the stated rule. These links are not written in any record: flowtrace inferred them, each with a confidence from 0 (a guess) to 1 (certain) and its reasons (sections 5 and 7, and the glossary). The money that rests on them is below; check the weakest before relying on it.</p><table class="mini"><thead><tr><th>Link</th><th class="num">How many</th><th class="num">Traced money (${c})</th><th class="num">Weakest</th><th class="num">Median</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function inferredPart(data: ReportData): Html | "" {
  const n = data.transfers.filter((t) => t.inferred).length;
  return n ? html` (${count(n)} of them <span class="inferred">inferred</span> hawala link${n === 1 ? "" : "s"}, in no record: see section 7)` : "";
}
