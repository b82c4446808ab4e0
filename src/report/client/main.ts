// The report's interactive layer (browser only; bundled by build.mjs and inlined). It never
// builds markup from data: it reads the page's JSON block, toggles classes and sets
// textContent, so nothing in a name or reference can become code.
import { enhanceTable } from "./table.js";
import { initTips } from "./tips.js";

interface ClientData {
  runId: string;
  currency: string;
  exact: boolean;
  maxHop: number;
  families: { key: string; label: string; amount: string; sankey: number[]; network: number[]; timeline: number[] }[];
}

function $(id: string): HTMLElement | null {
  return document.getElementById(id);
}

/**
 * A followed link (the contents bar, "see section 6") scrolls its target to just below the
 * sticky contents bar and controls instead of under them. Their height changes when the
 * controls wrap, so it is measured, and again on resize; the stylesheet's scroll-padding
 * covers the contents bar alone when JavaScript is off.
 */
function keepAnchorsClear(): void {
  const bars = [document.querySelector("nav.toc"), document.querySelector(".controls")];
  const clear = () => {
    const height = bars.reduce((sum, e) => sum + (e ? e.getBoundingClientRect().height : 0), 0);
    document.documentElement.style.scrollPaddingTop = `${Math.ceil(height) + 8}px`;
  };
  clear();
  window.addEventListener("resize", clear);
}

/**
 * Each table cell is labelled with its column's header (data-label), which the narrow-screen
 * stylesheet shows before the cell when the table becomes stacked cards.
 */
function labelCells(): void {
  for (const table of Array.from(document.querySelectorAll("table"))) {
    const heads = Array.from(table.querySelectorAll("thead th")).map((th) => (th.textContent || "").trim());
    if (!heads.length) continue;
    for (const row of Array.from(table.querySelectorAll("tbody tr"))) {
      const cells = Array.from(row.children);
      if (cells.length !== heads.length) continue;
      cells.forEach((cell, i) => { if (heads[i]) cell.setAttribute("data-label", heads[i]!); });
    }
  }
}

function main(): void {
  document.documentElement.className += " js";
  keepAnchorsClear();
  labelCells();
  const block = $("report-data");
  const data = JSON.parse(block ? block.textContent || "{}" : "{}") as ClientData;
  initTips($("tip"));
  const tables = [$("accounts-table"), $("transfers-table")]
    .filter((t): t is HTMLElement => t !== null)
    .map((t) => enhanceTable(t as HTMLTableElement));

  const hopMin = $("hop-min") as HTMLSelectElement | null;
  const hopMax = $("hop-max") as HTMLSelectElement | null;
  const minAmount = $("min-amount") as HTMLInputElement | null;
  const family = $("family") as HTMLSelectElement | null;
  const find = $("find") as HTMLInputElement | null;
  const found = $("found");
  if (!hopMin || !hopMax || !minAmount || !family || !find) return;
  for (let h = 0; h <= data.maxHop; h++) {
    hopMin.appendChild(option(String(h), String(h)));
    hopMax.appendChild(option(String(h), String(h)));
  }
  hopMax.value = String(data.maxHop);
  for (const f of data.families) family.appendChild(option(f.key, `${f.label} (${f.amount})`));

  const filter = () => {
    const lo = Number(hopMin.value), hi = Number(hopMax.value), min = Number(minAmount.value) || 0;
    const out = (el: Element) => {
      const hop = Number(el.getAttribute("data-hop")), v = Number(el.getAttribute("data-v"));
      return hop < lo || hop > hi || v < min;
    };
    each("svg [data-hop]", (el) => toggle(el, "off", out(el)));
    each("#transfers-table tbody tr", (el) => toggle(el, "hopout", out(el)));
    tables.forEach((t) => t.refresh());
  };
  hopMin.onchange = filter;
  hopMax.onchange = filter;
  minAmount.oninput = filter;

  family.onchange = () => {
    const f = data.families.filter((x) => x.key === family.value)[0];
    const parts: [string, number[] | undefined][] = [
      ["svg.sankey", f && f.sankey],
      ["svg.network", f && f.network],
      ["svg.timeline", f && f.timeline],
    ];
    for (const [sel, list] of parts) {
      const svg = document.querySelector(sel);
      if (!svg) continue;
      const keep: Record<string, boolean> = {};
      (list || []).forEach((k) => { keep[String(k)] = true; });
      toggle(svg, "focus", Boolean(f));
      svg.querySelectorAll("[data-k]").forEach((el) => toggle(el, "hl", Boolean(f) && keep[el.getAttribute("data-k") || ""] === true));
    }
    if (found) found.textContent = f ? (data.exact ? "highlighted: where this family's money went" : "highlighted: where this family's money could have gone (reachability)") : "";
  };

  find.oninput = () => {
    const q = find.value.trim().toLowerCase();
    let n = 0;
    each("svg [data-acct]", (el) => {
      const hit = q.length > 1 && (el.getAttribute("data-acct") || "").toLowerCase().indexOf(q) >= 0 || (q.length > 1 && (el.textContent || "").toLowerCase().indexOf(q) >= 0);
      toggle(el, "hl", hit);
      if (hit) n++;
    });
    each("table.data tbody tr", (el) => toggle(el, "hit", q.length > 1 && (el.textContent || "").toLowerCase().indexOf(q) >= 0));
    if (found) found.textContent = q.length > 1 ? `${n} chart element${n === 1 ? "" : "s"} match` : "";
  };
}

function option(value: string, text: string): HTMLOptionElement {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = text;
  return o;
}

function each(selector: string, fn: (el: Element) => void): void {
  document.querySelectorAll(selector).forEach(fn);
}

function toggle(el: Element, cls: string, on: boolean): void {
  if (el.classList.contains(cls) !== on) el.classList.toggle(cls);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
else main();
