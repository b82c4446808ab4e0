// Section 6: the arithmetic a judge can check with a calculator: the balance of the totals,
// the main money paths, the allocation ledger of the largest traced outflows, loops, and
// the same seeds traced under the other rules side by side.
import { html, type Html } from "./html.js";
import { count, duration, money, when } from "./format.js";
import { accountLabel } from "./label.js";
import { METHOD_TRAITS } from "../trace/methods.js";
import { methodWords } from "./glossary.js";
import { inferredNote } from "./inferredNote.js";
import { headline } from "./headline.js";
import type { ReportAccount, ReportData, ReportTotals, ReportTransfer } from "./model.js";

const TOP_PATHS = 12;
const LOOP_ROWS = 20;
const LEDGER_ROWS = 8;

const FIGURES: [keyof ReportTotals, string][] = [
  ["seeded", "Received by the first receivers (seeded)"],
  ["retained", "Retained in accounts"],
  ["exited", "Exited to cash / services"],
  ["beyondHorizon", "Beyond the horizon"],
  ["belowThreshold", "Below the minimum amount"],
  ["fees", "Fees"],
  ["unexplainedOut", "Unexplained outflows"],
];

export function arithmeticSection(data: ReportData, accounts: ReadonlyMap<string, ReportAccount>, loops: readonly ReportTransfer[]): Html {
  const c = data.currency;
  const T = data.run.totals;
  const H = headline(data);
  const accounted = T.retained + T.exited + T.beyondHorizon + T.belowThreshold + T.fees;
  const diff = T.seeded - accounted;
  const txById = new Map(data.transfers.map((t) => [t.txId, t]));
  const name = (id: string) => accountLabel(id, accounts.get(id), 30);
  // An inferred link (hawala bridge) is in no record: its id carries the badge wherever it appears.
  const badge = (tx: string | null) => {
    const mark = tx === null ? undefined : txById.get(tx)?.inferred;
    return mark ? html` <span class="inferred" title="${inferredNote(mark)}">inferred</span>` : "";
  };

  const originSum = data.origins.reduce((s, o) => s + o.amount, 0);
  const balance = data.run.direction === "backward"
    ? html`<h3>Where the money came from</h3><table class="mini"><tbody>
<tr><th>Value that reached the target</th><td class="num">${money(T.seeded)}</td></tr>
<tr><td>= sum of the ${count(data.origins.length)} origins' contributions</td><td class="num">${money(originSum)}</td></tr>
<tr><th>${Math.abs(T.seeded - originSum) < 0.005 ? "Difference (adds up to the cent)" : "Difference"}</th><td class="num">${money(T.seeded - originSum)}</td></tr>
</tbody></table>`
    : html`<h3>Where the ransom money ended</h3><table class="mini"><tbody>
<tr><th>Paid by the families (what the payers sent)</th><td class="num">${money(H.paidByFamilies)}</td></tr>
<tr><td>− operators' fees on the payments</td><td class="num">${money(H.feesOnPayments)}</td></tr>
<tr><th>= Received by the first receivers (seeded)</th><td class="num">${money(T.seeded)}</td></tr>
<tr><td>= retained in accounts</td><td class="num">${money(T.retained)}</td></tr>
<tr><td>+ exited to cash / services</td><td class="num">${money(T.exited)}</td></tr>
<tr><td>+ beyond the horizon</td><td class="num">${money(T.beyondHorizon)}</td></tr>
<tr><td>+ below the minimum amount</td><td class="num">${money(T.belowThreshold)}</td></tr>
<tr><td>+ operators' fees on the onward transfers</td><td class="num">${money(T.fees)}</td></tr>
<tr><th>${!METHOD_TRAITS[data.run.method].conserving ? `Not conserved under ${data.run.method}` : Math.abs(diff) < 0.005 ? "Difference (adds up to the cent)" : "Difference"}</th><td class="num">${money(diff)}</td></tr>
</tbody></table><p class="small">Unexplained outflows (money that left accounts beyond what they were known to hold, counted as clean): ${money(T.unexplainedOut)} ${c}.</p>`;

  const paths = data.trajectories.slice(0, TOP_PATHS).map((tr) => {
    const hops = tr.txPath.map((tx) => txById.get(tx)).filter((t): t is ReportTransfer => t !== undefined);
    const chain = hops.length ? [hops[0]!.from, ...hops.map((t) => t.to)] : [tr.endAccount];
    // One person's accounts in a row (his bank, then his mobile wallet) are one step of the
    // path: a relative never reads as paying himself.
    const steps: { label: string; ids: string[] }[] = [];
    for (const a of chain) {
      const label = name(a);
      const prev = steps[steps.length - 1];
      if (prev && prev.label === label) prev.ids.push(a);
      else steps.push({ label, ids: [a] });
    }
    const end = accounts.get(tr.endAccount);
    const ended = tr.endKind === "retained" && end?.kind === "hawala" ? "stopped at a hawala broker" : tr.endKind;
    return html`<tr><td class="num">${tr.rank}</td><td class="id">${tr.seedTx}</td><td>${steps.map((st, i) => html`${i ? " → " : ""}<span class="id" title="${st.ids.join(", ")}">${st.label}${st.ids.length > 1 ? ` (${st.ids.length} accounts)` : ""}</span>`)}</td><td>${ended}</td><td class="num">${money(tr.amount)}</td><td>${duration(tr.durationS)}</td></tr>`;
  });
  const pathsTable = paths.length
    ? html`<h3>The main money paths</h3><p class="small">Each line is one share of a ransom payment followed to where it stopped (the ${paths.length} largest of ${count(data.trajectories.length)} paths${data.trajectoriesComplete ? "" : " kept by the trace; the smaller ones are summed in its totals"}).</p><table class="mini"><thead><tr><th>#</th><th>Ransom payment</th><th>Path</th><th>Ended</th><th class="num">Amount (${c})</th><th>Took</th></tr></thead><tbody>${paths}</tbody></table>`
    : "";

  const byOut = new Map<string, typeof data.ledger>();
  for (const l of data.ledger) byOut.set(l.outTx, [...(byOut.get(l.outTx) ?? []), l]);
  const ledgerRows = [...byOut].map(([out, rows]) => {
    const t = txById.get(out);
    const head = html`<tr class="group"><td colspan="6">Outflow <span class="id">${out}</span>${badge(out)}${t ? html`: ${when(t.ts)}, ${name(t.from)} → ${name(t.to)}, ${money(t.valueOut)} ${c} sent, of which ${money(t.tainted)} traced (hop ${t.hop})` : ""}</td></tr>`;
    const shown = rows.slice(0, LEDGER_ROWS);
    const rest = rows.slice(LEDGER_ROWS);
    const restRow = rest.length
      ? html`<tr><td></td><td colspan="2">and ${rest.length} smaller inflows</td><td class="num">${money(rest.reduce((s, l) => s + l.amount, 0))}</td><td class="num">${money(rest.reduce((s, l) => s + l.tainted, 0))}</td><td></td></tr>`
      : "";
    return html`${head}${shown.map((l) => html`<tr><td></td><td class="id">${l.inTx ?? ""}${badge(l.inTx)}</td><td>${originWords(l, c)}</td><td class="num">${money(l.amount)}</td><td class="num">${money(l.tainted)}</td><td class="num">${l.hop ?? ""}</td></tr>`)}${restRow}`;
  });
  const ledger = ledgerRows.length
    ? html`<h3>Allocation ledger of the key hops</h3><p class="small">For each of the ${count(byOut.size)} largest traced outflows${data.ledgerOutflows > byOut.size ? html` (of ${count(data.ledgerOutflows)})` : ""}: which earlier inflows paid for it under the ${data.run.method} rule, how much of each was consumed and how much of that was traced money.</p><table class="mini ledger"><thead><tr><th></th><th>Funded by inflow</th><th>Origin</th><th class="num">Consumed (${c})</th><th class="num">Of which traced</th><th class="num">Hop</th></tr></thead><tbody>${ledgerRows}</tbody></table>`
    : html`<h3>Allocation ledger</h3><p class="small">This run stored no allocation ledger.</p>`;

  const loopRows = [...loops].sort((a, b) => b.tainted - a.tainted || (a.txId < b.txId ? -1 : 1)).slice(0, LOOP_ROWS)
    .map((t) => html`<tr><td class="id">${t.txId}${badge(t.txId)}</td><td>${when(t.ts)}</td><td>${name(t.from)} → ${name(t.to)}</td><td class="num">${t.hop}</td><td class="num">${money(t.tainted)}</td></tr>`);
  const loopsTable = loopRows.length
    ? html`<h3>Loops: money that came back</h3><p class="small">${count(loops.length)} transfer${loops.length === 1 ? "" : "s"} brought traced money back to an account that had already passed traced money on at an earlier hop (marked ↺ in the flow diagram).</p><table class="mini"><thead><tr><th>Transfer</th><th>Time (UTC)</th><th>From → to</th><th class="num">Hop</th><th class="num">Traced (${c})</th></tr></thead><tbody>${loopRows}</tbody></table>`
    : "";

  return html`<section id="arithmetic"><h2>6. The arithmetic</h2>${balance}${pathsTable}${ledger}${loopsTable}${methodsTable(data, name)}</section>`;
}

/** A ledger row's origin in words; a 'mix' row shows the balance it was computed from. */
function originWords(l: ReportData["ledger"][number], currency: string): string {
  if (l.origin === "mix" && l.balanceBefore != null && l.taintedBefore != null) {
    return `balance ${money(l.balanceBefore)} ${currency}, of which ${money(l.taintedBefore)} traced`;
  }
  const words: Record<string, string> = { lot: "inflow", opening: "opening balance", unexplained: "unexplained source (clean)", hidden_deposit: "hidden deposit (clean)" };
  return words[l.origin] ?? l.origin;
}

function methodsTable(data: ReportData, name: (id: string) => string): Html {
  const runs = data.methods;
  if (runs.length < 2) return html`<h3>Other rules</h3><p class="small">Only the ${data.run.method} rule was run on these seeds. Run <code>flowtrace trace</code> again with the same seeds and options and another <code>--method</code> to compare the rules side by side here.</p>`;
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.reached)))].sort();
  const head = runs.map((r) => html`<th class="num${r.runId === data.run.id ? " current" : ""}">${r.method}<br><span class="small">${methodWords(r.method).short}</span></th>`);
  const rows = FIGURES.map(([k, label]) => html`<tr><td>${label}</td>${runs.map((r) => html`<td class="num${r.runId === data.run.id ? " current" : ""}">${money(r.totals[k])}</td>`)}</tr>`);
  const reached = keys.map((k) => html`<tr><td>reached <span class="id">${name(k)}</span></td>${runs.map((r) => html`<td class="num${r.runId === data.run.id ? " current" : ""}">${money(r.reached[k] ?? 0)}</td>`)}</tr>`);
  return html`<h3>The rules side by side</h3><p class="small">The same seeds and options traced under each rule (${data.currency}); the column of this report's run is shaded. The law differs between countries, so the expert shows all of them.</p><table class="mini methods"><thead><tr><th></th>${head}</tr></thead><tbody>${rows}${reached}</tbody></table>`;
}
