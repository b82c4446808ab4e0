// The report printed and on a phone, in Chromium (headless, playwright-core):
// - printed to an A4 PDF, every column header of every table is in the PDF's text (wide tables
//   wrap instead of losing their right-hand columns), and each page carries the footer;
// - at 390 px the page does not scroll sideways, the charts are shown as lists, every list
//   entry lies inside the viewport and no two overlap, and table cells are labelled cards.
// Skipped when /usr/bin/chromium is missing, unless CI is set (then it must fail).
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { renderReport } from "../src/report/render.js";
import { reportClientJs } from "../src/report/clientBundle.js";
import { readPdfText } from "../src/ingest/formats/pdfText.js";
import { fixtureData } from "./golden/report/fixture.js";
import { tmpDir } from "./util/tmp.js";

const CHROMIUM = "/usr/bin/chromium";
const run = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;
const squash = (s: string) => s.replace(/\s+/g, "");

run("the report printed and on a phone", () => {
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
    file = join(tmpDir(), "report.html");
    writeFileSync(file, renderReport(fixtureData(), await reportClientJs()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("printed to A4, keeps every column of every table and a footer on each page", async () => {
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    await page.emulateMedia({ media: "print" });
    const headers = await page.$$eval("table thead th", (ths) => ths.map((th) => (th as HTMLElement).innerText.trim()).filter(Boolean));
    expect(headers.length).toBeGreaterThan(20);
    const pdf = join(tmpDir(), "report.pdf");
    await page.pdf({ path: pdf, format: "A4", preferCSSPageSize: true });
    const text = await readPdfText(pdf);
    // A header may wrap onto two lines and pdf.js splits ligatures ("fi rst"): every word of it
    // must be there, and nothing may be drawn past the A4 page's right edge (595 pt), where a
    // cut-off column would be.
    const all = squash(text.lines.map((l) => l.text).join(""));
    const missing = headers.filter((h) => h.split(/\s+/).some((w) => !all.includes(squash(w))));
    expect(missing).toEqual([]);
    const beyond = text.lines.flatMap((l) => l.pieces.filter((p) => p.right > 595).map((p) => `page ${l.page}: ${p.str}`));
    expect(beyond).toEqual([]);
    const footers = text.lines.filter((l) => /page \d+ of \d+/.test(l.text));
    expect(footers.length).toBe(text.pages);
    expect(text.lines.some((l) => l.text.includes(fixtureData().run.id))).toBe(true);
  });

  it("at 390 px: no sideways scroll, charts as lists inside the viewport without overlaps, tables as labelled cards", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    await page.waitForLoadState("load");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.$$eval("svg.chart", (svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).length)).toBe(0);
    const boxes = await page.$$eval(".chart-list li, .chart-list h4", (els) => els
      .filter((e) => !e.querySelector("li"))
      .map((e) => { const r = e.getBoundingClientRect(); return { text: (e.textContent || "").slice(0, 40), left: r.left, right: r.right, top: r.top + window.scrollY, bottom: r.bottom + window.scrollY }; }));
    expect(boxes.length).toBeGreaterThan(10);
    for (const b of boxes) {
      expect(b.left, b.text).toBeGreaterThanOrEqual(0);
      expect(b.right, b.text).toBeLessThanOrEqual(390);
    }
    const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1)
      .filter((b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
      .map((b) => `${a.text} / ${b.text}`));
    expect(overlaps).toEqual([]);
    const labelled = await page.$$eval("#accounts-table tbody td[data-label]", (tds) => tds.length);
    expect(labelled).toBeGreaterThan(0);
    expect(await page.$eval("#accounts-table tbody td[data-label]", (td) => getComputedStyle(td, "::before").content)).toContain("Account");
  });
});
