// The report in a real browser (Debian's Chromium, headless, driven by playwright-core):
// loads with no console error and no network request, runs none of the markup hidden in
// names and references, keeps its charts with JavaScript off, and its interactive parts
// work with JavaScript on. Screenshots of every section go to test-artifacts/report/.
// Skipped when /usr/bin/chromium is missing, unless CI is set (then it must fail).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { renderReport } from "../src/report/render.js";
import { reportClientJs } from "../src/report/clientBundle.js";
import { fixtureData } from "./golden/report/fixture.js";
import { inferredFixtureData } from "./golden/report/inferredFixture.js";
import { syntheticData } from "./golden/report/synthetic.js";
import { tmpDir } from "./util/tmp.js";

const CHROMIUM = "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
const run = present || process.env.CI ? describe : describe.skip;
const repo = resolve(fileURLToPath(import.meta.url), "../..");
const artifacts = join(repo, "test-artifacts", "report");
const SECTIONS = ["summary", "flow", "network", "timeline", "tables", "arithmetic", "sources"];

run("the report in Chromium", () => {
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      // launch() always starts from a fresh temporary profile (its own --user-data-dir).
    });
    file = join(tmpDir(), "report.html");
    writeFileSync(file, renderReport(fixtureData(), await reportClientJs()));
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(javaScript: boolean): Promise<{ page: Page; errors: string[]; requests: string[]; dialogs: string[] }> {
    const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [], requests: string[] = [], dialogs: string[] = [];
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => { if (!/^(data|about|file):/.test(r.url()) || (r.url().startsWith("file:") && !r.url().endsWith("/report.html"))) requests.push(r.url()); });
    page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`file://${file}`);
    await page.waitForLoadState("load");
    return { page, errors, requests, dialogs };
  }

  it("loads with no console error and no request beyond the file itself", async () => {
    const { page, errors, requests } = await open(true);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.className)).toContain("js");
    await page.context().close();
  });

  it("runs none of the script payloads in names, references and file names", async () => {
    const { page, dialogs, errors } = await open(true);
    // Hovering and searching exercise the code that shows data (tooltips, the find box).
    await page.hover("svg.sankey .node rect");
    await page.fill("#find", "onerror");
    await page.fill("#accounts-table-search", "<script>");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // The payloads are shown as text.
    expect(await page.locator("#accounts-table").innerText()).toContain("<script>window.__xss=1</script>");
    await page.context().close();
  });

  it("draws the charts and tables without JavaScript", async () => {
    const { page, errors } = await open(false);
    expect(await page.locator("svg.sankey path.link").count()).toBeGreaterThan(3);
    expect(await page.locator("svg.network g.netnode").count()).toBeGreaterThan(3);
    expect(await page.locator("svg.timeline circle.dot").count()).toBeGreaterThan(3);
    expect(await page.locator("#transfers-table tbody tr").count()).toBe(9);
    expect(await page.locator("#accounts-table tbody tr").first().isVisible()).toBe(true);
    expect(await page.locator("#controls").isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(artifacts, "nojs-full.png"), fullPage: true });
    await page.context().close();
  });

  it("prints each section on its own page, without the controls", async () => {
    const { page } = await open(true);
    await page.emulateMedia({ media: "print" });
    const breaks = await page.evaluate(() => ["flow", "network", "sources"].map((id) => getComputedStyle(document.getElementById(id)!).breakBefore));
    expect(breaks).toEqual(["page", "page", "page"]);
    expect(await page.locator("#controls").isVisible()).toBe(false);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(join(artifacts, "report.pdf"), pdf);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(7);
    await page.context().close();
  });

  it("keeps a 20,000-transfer trace usable: aggregated charts, paged tables", async () => {
    const big = join(tmpDir(), "big.html");
    writeFileSync(big, renderReport(syntheticData(20_000), await reportClientJs()));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`file://${big}`);
    expect(errors).toEqual([]);
    expect(await page.locator("#transfers-table tbody tr:visible").count()).toBe(50);
    expect(await page.locator(".pager span").nth(1).innerText()).toContain("of 5000");
    expect(await page.locator("svg.sankey g.node").count()).toBeLessThan(80);
    await page.locator("#flow").screenshot({ path: join(artifacts, "large-flow.png") });
    await page.locator("#network").screenshot({ path: join(artifacts, "large-network.png") });
    await context.close();
  });

  it("draws inferred links (hawala bridges) dashed and badges them, with their evidence on hover", async () => {
    const inferred = join(tmpDir(), "inferred.html");
    writeFileSync(inferred, renderReport(inferredFixtureData(), await reportClientJs()));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`file://${inferred}`);
    const dash = (sel: string) => page.locator(sel).evaluate((el) => getComputedStyle(el).strokeDasharray);
    expect(await dash("svg.sankey path.link.inferred")).not.toBe("none");
    expect(await page.locator("svg.sankey path.link:not(.inferred)").first().evaluate((el) => getComputedStyle(el).strokeDasharray)).toBe("none");
    expect(await dash("svg.network g.edge.inferred path")).not.toBe("none");
    const badge = page.locator("#transfers-table span.inferred");
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.getAttribute("title")).toContain("confidence 0.87: both legs carry the code word");
    await page.hover("svg.sankey path.link.inferred");
    expect(await page.locator("#tip").innerText()).toContain("inferred link (hawala bridge, in no record), confidence 0.87");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.locator("#network").screenshot({ path: join(artifacts, "inferred-network.png") });
    await context.close();
  });

  it("shows each section's heading below the sticky bars when its contents link is followed", async () => {
    // With JavaScript the controls stick under the contents bar; without, only the bar sticks.
    for (const javaScript of [true, false]) {
      const { page } = await open(javaScript);
      for (const id of SECTIONS.slice(1)) {
        await page.click(`nav.toc a[href="#${id}"]`);
        const { heading, covered } = await page.evaluate((id) => {
          const bars = [document.querySelector("nav.toc"), document.querySelector(".controls")]
            .map((e) => e!.getBoundingClientRect())
            .filter((r) => r.height > 0 && r.top < 200);
          return { heading: document.querySelector(`#${id} h2`)!.getBoundingClientRect().top, covered: Math.max(...bars.map((r) => r.bottom)) };
        }, id);
        expect(heading, `${id}, JavaScript ${javaScript ? "on" : "off"}`).toBeGreaterThanOrEqual(covered);
      }
      await page.context().close();
    }
  });

  it("saves a screenshot of every section", async () => {
    const { page } = await open(true);
    // The sticky contents bar would cover the top of each section's picture.
    await page.evaluate(() => { (document.querySelector("nav.toc") as HTMLElement).style.position = "static"; });
    for (const id of SECTIONS) await page.locator(`#${id}`).screenshot({ path: join(artifacts, `${id}.png`) });
    expect(SECTIONS.every((id) => existsSync(join(artifacts, `${id}.png`)))).toBe(true);
    await page.context().close();
  });

  it("filters by hop, highlights one family and sorts a table with JavaScript", async () => {
    const { page } = await open(true);
    await page.selectOption("#hop-min", "1");
    expect(await page.locator("svg.sankey path.link.off").count()).toBeGreaterThan(0);
    expect(await page.locator("#transfers-table tbody tr.hopout").count()).toBe(3);
    await page.selectOption("#hop-min", "0");
    await page.selectOption("#family", "iban:DE89370400440532013000");
    expect(await page.locator("svg.sankey.focus").count()).toBe(1);
    const lit = await page.locator("svg.sankey path.link.hl").count();
    expect(lit).toBeGreaterThan(0);
    expect(lit).toBeLessThan(await page.locator("svg.sankey path.link").count());
    await page.click("#accounts-table th:nth-child(8)");
    const first = await page.locator("#accounts-table tbody tr:not(.pageout) td:nth-child(8)").first().innerText();
    expect(first).toBe("8,000.00");
    await page.fill("#transfers-table-search", "EUR");
    expect(await page.locator("#transfers-table tbody tr:visible").count()).toBe(1);
    await page.locator("#flow").screenshot({ path: join(artifacts, "flow-one-family.png") });
    await page.context().close();
  });
});
