// Section 1: the case in plain language, with the headline figures a prosecutor quotes.
import { html, type Html } from "./html.js";
import { count, day, money } from "./format.js";
import { accountLabel } from "./label.js";
import { methodWords } from "./glossary.js";
import type { ReportData } from "./model.js";

export function summarySection(data: ReportData): Html {
  if (data.run.direction === "backward") return backwardSummary(data);
  const c = data.currency;
  const T = data.run.totals;
  const seeds = data.transfers.filter((t) => t.isSeed);
  const payers = new Set(seeds.map((t) => t.from)).size;
  const victims = new Set(seeds.map((t) => t.victim).filter((v): v is string => Boolean(v))).size;
  const first = seeds.reduce((m, t) => (m === "" || t.ts < m ? t.ts : m), "");
  const last = seeds.reduce((m, t) => (t.ts > m ? t.ts : m), "");
  const leaders = data.accounts.filter((a) => a.role === "leader").sort((a, b) => b.taintedIn - a.taintedIn || (a.id < b.id ? -1 : 1));
  const toLeaders = leaders.reduce((s, a) => s + a.taintedIn, 0);
  const exits = data.accounts.filter((a) => a.exited > 0).sort((a, b) => b.exited - a.exited || (a.id < b.id ? -1 : 1));
  const pct = (v: number) => (T.seeded > 0 ? ` (${((100 * v) / T.seeded).toFixed(1)} %)` : "");
  const maxHops = data.run.options["max_hops"] ?? data.run.options["maxHops"];
  const method = methodWords(data.run.method);
  const card = (label: string, v: number, note: string) =>
    html`<div class="card"><div class="label">${label}</div><div class="fig">${money(v)} <span class="cur">${c}</span></div><div class="note">${note}</div></div>`;
  const seedWord = data.run.direction === "backward" ? "money that reached the target account" : "ransom payments";
  return html`<section id="summary"><h2>1. Case summary</h2>
<p class="lead">This report follows <strong>${count(seeds.length)} ${seedWord}</strong> made by <strong>${count(payers)} payer${payers === 1 ? "" : "s"}</strong>${victims ? html` for <strong>${count(victims)} victim${victims === 1 ? "" : "s"}</strong> named in statements` : ""}${first ? html` between <strong>${day(first)}</strong> and <strong>${day(last)}</strong>` : ""}, totalling <strong>${money(T.seeded)} ${c}</strong>, through ${count(data.transfers.length)} transfers${inferredPart(data)} and ${count(data.accounts.length)} accounts. The money was followed under the <strong>${data.run.method}</strong> rule (${method.short})${maxHops !== undefined && maxHops !== null ? html` up to <strong>${String(maxHops)}</strong> hops` : ""}. All amounts are in ${c}.</p>
<div class="cards">
${card("Ransom paid (traced)", T.seeded, "the seed payments")}
${card("Reached leader accounts", toLeaders, `${leaders.length} account${leaders.length === 1 ? "" : "s"}${pct(toLeaders)}`)}
${card("Cashed out / into services", T.exited, `${exits.length} exit point${exits.length === 1 ? "" : "s"}${pct(T.exited)}`)}
${card("Still held (retained)", T.retained, `at the end of the records${pct(T.retained)}`)}
${card("Beyond the horizon", T.beyondHorizon, `not followed further${pct(T.beyondHorizon)}`)}
</div>
${leaders.length ? html`<h3>Traced to each leader account</h3><table class="mini"><thead><tr><th>Account</th><th>Holder</th><th>Institution, country</th><th class="num">Traced money received (${c})</th></tr></thead><tbody>${leaders.slice(0, 8).map((a) => html`<tr><td class="id">${a.id}</td><td>${a.holder ?? ""}</td><td>${[a.institution, a.country].filter(Boolean).join(", ")}</td><td class="num">${money(a.taintedIn)}</td></tr>`)}</tbody></table>` : ""}
${exits.length ? html`<h3>Where it was cashed out</h3><p>${exits.slice(0, 6).map((a, i) => html`${i ? "; " : ""}<strong>${accountLabel(a.id, a, 40)}</strong> ${money(a.exited)} ${c}`)}${exits.length > 6 ? html`; and ${exits.length - 6} more (see the accounts table)` : ""}. These are where a production order goes next.</p>` : ""}
<p class="small">Roles (relative, collector, broker, leader, cash-out) ${data.rolesSource === "detection" ? "come from the detection step (flowtrace detect) stored in the case" : "are inferred from the shape of the trace: payers of the seed payments are relatives, first receivers are collectors, service and cash accounts are cash-out, the accounts that kept the largest amounts are leaders, and the rest brokers. They are a reading aid, not a finding"}.${data.run.method === "poison" ? " Under poison every transfer after first contact counts in full, so amounts overstate what moved (an upper bound) and do not add up." : ""}${data.redacted ? " Names and account numbers are pseudonymised in this copy." : ""}</p>
</section>`;
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
function inferredPart(data: ReportData): Html | "" {
  const n = data.transfers.filter((t) => t.inferred).length;
  return n ? html` (${count(n)} of them <span class="inferred">inferred</span> hawala link${n === 1 ? "" : "s"}, in no record: see section 7)` : "";
}
