import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { renderReport } from "../src/report/render.js";
import { jsonForScript } from "../src/report/html.js";
import { reportClientJs } from "../src/report/clientBundle.js";
import { MAX_TRANSFER_ROWS } from "../src/report/tables.js";
import { fixtureData, XSS } from "./golden/report/fixture.js";
import { syntheticData } from "./golden/report/synthetic.js";

const client = await reportClientJs();
const render = (d = fixtureData()) => renderReport(d, client);

describe("renderReport(data, clientJs)", () => {
  it("gives the same bytes for the same data", () => {
    expect(render()).toBe(render());
    const big = syntheticData(3000);
    expect(renderReport(big, client)).toBe(renderReport(syntheticData(3000), client));
  });

  it("changes only with the generation time it is given, not the clock", () => {
    const a = render();
    const b = render({ ...fixtureData(), generatedAt: "2027-02-03T04:05:06Z" });
    expect(a).not.toBe(b);
    expect(b).toContain("Wed 2027-02-03 04:05");
  });

  it("has the seven sections in order", () => {
    const h = render();
    const at = ["summary", "flow", "network", "timeline", "tables", "arithmetic", "sources"].map((id) => h.indexOf(`<section id="${id}"`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
  });

  it("contains no URL and a policy that forbids every fetch", () => {
    const h = render();
    expect(h).not.toMatch(/https?:\/\//i);
    expect(h).not.toMatch(/\b(src|href)="(?!#)/i);
    expect(h).not.toMatch(/@import|url\((?!#)/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(h)?.[1] ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("img-src data:");
    expect(csp).not.toMatch(/connect-src|font-src|\*/);
  });

  it("allows exactly its own inline script and style by hash", () => {
    const h = render();
    const csp = /content="(default-src[^"]+)"/.exec(h)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(h)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(h)![1]!;
    const hash = (t: string) => `'sha256-${createHash("sha256").update(t).digest("base64")}'`;
    expect(csp).toContain(`script-src 'unsafe-inline' ${hash(script)}`);
    expect(csp).toContain(`style-src 'unsafe-inline' ${hash(style)}`);
    expect(h.match(/<script>/g)).toHaveLength(1);
  });

  it("escapes names, references and file names everywhere", () => {
    const h = render();
    for (const payload of Object.values(XSS)) expect(h).not.toContain(payload);
    expect(h).not.toMatch(/<img|<svg onload|<b>bold/i);
    // No element carries an event-handler attribute (payload text is escaped, so it never forms a tag).
    expect(h).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i);
    expect(h).toContain("&lt;script&gt;window.__xss=1&lt;/script&gt;");
    expect(h).toContain("ኣማኑኤል ተስፋይ");
  });

  it("embeds its data as JSON that cannot close the script element", () => {
    expect(jsonForScript({ a: "</script><!--" })).toBe('{"a":"\\u003c/script>\\u003c!--"}');
    const h = render({ ...fixtureData(), accounts: fixtureData().accounts.map((a) => ({ ...a, holder: "</script><script>alert(1)</script>" })) });
    const block = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(h)![1]!;
    expect(block).not.toContain("<");
    expect(JSON.parse(block).families.length).toBe(3);
  });

  it("draws static SVG charts with hover details", () => {
    const h = render();
    expect(h).toMatch(/<svg class="chart sankey"[\s\S]*?<path class="link"[\s\S]*?<title>/);
    expect(h).toMatch(/<svg class="chart network"[\s\S]*?marker-end="url\(#arrow\)"/);
    expect(h).toMatch(/<svg class="chart timeline"[\s\S]*?<circle class="dot/);
  });

  it("marks money that comes back to an account as a loop", () => {
    const h = render();
    expect(h).toContain("↺ ");
    expect(h).toMatch(/Loops: money that came back[\s\S]*?T9/);
  });

  it("shows the method comparison and the ledger", () => {
    const h = render();
    expect(h).toMatch(/The rules side by side[\s\S]*?fifo[\s\S]*?haircut[\s\S]*?5,230\.77/);
    expect(h).toMatch(/Outflow <span class="id">T8<\/span>/);
  });

  it("adds up the totals to the cent in the arithmetic section", () => {
    expect(render()).toContain("Difference (adds up to the cent)");
  });

  it("aggregates small flows and caps the tables of a large trace, saying so", () => {
    const data = syntheticData(20_000);
    const h = renderReport(data, client);
    expect(h).toMatch(/other, \d+ accounts/);
    expect(h).toContain(`Showing ${MAX_TRANSFER_ROWS.toLocaleString("en-US")} of 20,000 transfers`);
    const rows = h.slice(h.indexOf('id="transfers-table"')).split("<tr data-acct").length - 1;
    expect(rows).toBe(MAX_TRANSFER_ROWS);
    // Every ransom payment stays in the table.
    for (const s of data.transfers.filter((t) => t.isSeed).slice(0, 50)) expect(h).toContain(`<td class="id">${s.txId} <span class="seed">`);
    const nodes = (h.match(/<g class="node"/g) ?? []).length;
    expect(nodes).toBeLessThan(80);
  });
});

describe("the fixture report (golden)", () => {
  it("renders the committed HTML (client code stubbed; review changes with git diff)", async () => {
    const { readFileSync, writeFileSync } = await import("node:fs");
    const path = new URL("./golden/report/fixture.html", import.meta.url);
    const h = renderReport(fixtureData(), "/* client bundle */");
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, h);
    expect(h).toBe(readFileSync(path, "utf8"));
  });
});
