// Inferred links (hawala bridges) in the report: a badge with confidence and evidence in the
// transfers table, dashed in the flow diagram and the network, counted with their confidence
// in the sources section, explained in the glossary, escaped like any other data.
import { describe, expect, it } from "vitest";
import { renderReport } from "../src/report/render.js";
import { reportClientJs } from "../src/report/clientBundle.js";
import { fixtureData, XSS } from "./golden/report/fixture.js";
import { inferredFixtureData as withInferred } from "./golden/report/inferredFixture.js";

const client = await reportClientJs();

const row = (h: string, tx: string) => h.slice(h.indexOf(`<tr data-acct=`, h.indexOf(`<td class="id">${tx}`) - 200), h.indexOf("</tr>", h.indexOf(`<td class="id">${tx}`)));

describe("inferred links in the report", () => {
  const h = renderReport(withInferred(), client);
  const plain = renderReport(fixtureData(), client);

  it("badges the inferred transfer in the transfers table, with confidence and evidence on hover", () => {
    const r = row(h.slice(h.indexOf('id="transfers-table"')), "T6");
    expect(r).toContain('<span class="inferred" title="inferred link (hawala bridge), in no record; confidence 0.87: both legs carry the code word');
    expect(r).toContain(">inferred 0.87</span>");
    expect(row(h.slice(h.indexOf('id="transfers-table"')), "T4")).not.toContain('class="inferred"');
    expect(plain).not.toContain('<span class="inferred" title=');
  });

  it("draws the band, the arrow and the timeline dot that carry it dashed, and says so on hover", () => {
    const sankey = h.slice(h.indexOf("<svg class=\"chart sankey\""), h.indexOf("</svg>", h.indexOf("<svg class=\"chart sankey\"")));
    const network = h.slice(h.indexOf("<svg class=\"chart network\""), h.indexOf("</svg>", h.indexOf("<svg class=\"chart network\"")));
    expect(sankey.match(/class="link inferred"/g)).toHaveLength(1);
    expect(sankey).toContain("an inferred link (hawala bridge, in no record), confidence 0.87");
    expect(network.match(/class="edge inferred"/g)).toHaveLength(1);
    expect(network).toContain("inferred link (hawala bridge, in no record), confidence 0.87");
    expect(h).toContain(".sankey .link.inferred{stroke-dasharray:");
    expect(h).toContain(".network .edge.inferred path{stroke-dasharray:");
    const timeline = h.slice(h.indexOf("<svg class=\"chart timeline\""), h.indexOf("</svg>", h.indexOf("<svg class=\"chart timeline\"")));
    expect(timeline.match(/class="dot inferred"/g)).toHaveLength(1);
    expect(plain).not.toMatch(/class="(link|edge|dot) inferred"/);
  });

  it("counts the inferred links and their confidence in the sources section and explains them", () => {
    const sources = h.slice(h.indexOf('<section id="sources"'));
    expect(sources).toContain("<td>Inferred links followed</td><td>1 hawala bridge (in no record), confidence 0.87; listed below</td>");
    expect(sources).toContain("<h3>Inferred links this trace rests on</h3>");
    expect(sources).toContain("<dt>Inferred link (hawala bridge)</dt>");
    expect(h.slice(h.indexOf('<section id="summary"'), h.indexOf('<section id="flow"'))).toContain("1 of them <span class=\"inferred\">inferred</span> hawala link");
    const excluded = renderReport({ ...fixtureData(), run: { ...fixtureData().run, options: { inferred: false } } }, client);
    expect(excluded).toContain("<td>Inferred links followed</td><td>none: inferred links were excluded (--inferred off)</td>");
  });

  it("escapes the evidence like any other data and stays deterministic", () => {
    expect(h).not.toContain(XSS.attr);
    expect(h).toContain("&quot;&gt;&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;");
    expect(renderReport(withInferred(), client)).toBe(h);
    expect(h).not.toMatch(/https?:\/\//i);
  });
});
