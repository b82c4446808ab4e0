// answer-sheet.html in a real browser (Debian's Chromium, headless, playwright-core): a
// participant fills in every field with the key's answers, saves answers.json, and
// `flowtrace grade` gives full marks; wrong input is flagged as it is typed; the page makes no
// network request; in Amharic and Tigrinya every Ethiopic character is drawn with the
// embedded font (no missing-glyph boxes), checked with Chromium's own record of the fonts it
// used for each element. Skipped when /usr/bin/chromium is missing, unless CI is set.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { generateCaseFiles } from "../src/generate/generateCase.js";
import { gradeAnswers } from "../src/grade/gradeAnswers.js";
import { ETHIOPIC_FAMILY } from "../src/i18n/ethiopicFont.js";
import { tmpDir } from "./util/tmp.js";

const CHROMIUM = "/usr/bin/chromium";
const run = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

interface Key { questions: { id: string; kind: string }[]; answers: Record<string, unknown> }

run("the answer sheet in Chromium", () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
    dir = tmpDir();
    // network (advanced) asks every kind of question: sets, amounts, per-victim rows, pairs, amount maps.
    await generateCaseFiles({ scenario: "network", seed: 3, out: join(dir, "en"), transfers: 2500 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [], errors: string[] = [];
    page.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) requests.push(r.url()); });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    await page.goto(`file://${file}`);
    return { page, requests, errors };
  }

  /** Types one answer of the key into its section, the way a participant would. */
  async function fill(page: Page, id: string, kind: string, value: unknown): Promise<void> {
    const q = page.locator(`section.q[data-id="${id}"]`);
    if (kind === "set") return q.locator("textarea").fill((value as string[]).join("\n"));
    if (kind === "amount") return q.locator("input").fill(String(value));
    const rows: string[][] = kind === "pairs" ? (value as string[][])
      : kind === "victims" ? Object.entries(value as Record<string, { total_paid_usd: number; paid_to: string[] }>).map(([v, a]) => [v, String(a.total_paid_usd), a.paid_to.join(", ")])
      : Object.entries(value as Record<string, number>).map(([a, x]) => [a, String(x)]);
    for (let i = 0; i < rows.length; i++) {
      if (i > 0) await q.locator("button.add").click();
      const inputs = q.locator("tbody tr").nth(i).locator("input");
      for (let c = 0; c < rows[i]!.length; c++) await inputs.nth(c).fill(rows[i]![c]!);
    }
  }

  it("filled with the key's answers, saves an answers.json that grades 1.0", async () => {
    const key = JSON.parse(readFileSync(join(dir, "en", "answer_key.json"), "utf8")) as Key;
    expect(new Set(key.questions.map((q) => q.kind))).toEqual(new Set(["set", "amount", "victims", "pairs", "amount_map"]));
    const { page, requests, errors } = await open(join(dir, "en", "answer-sheet.html"));
    for (const q of key.questions) await fill(page, q.id, q.kind, key.answers[q.id]);
    await expect.poll(() => page.locator("#status").textContent()).toBe("Every answer is valid.");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#save").click()]);
    expect(download.suggestedFilename()).toBe("answers.json");
    const saved = join(dir, "answers.json");
    await download.saveAs(saved);
    const doc = JSON.parse(readFileSync(saved, "utf8"));
    expect(doc).toMatchObject({ format: "flowtrace-answers/1", scenario: "network", seed: 3 });
    const result = gradeAnswers(key, doc, { key: "answer_key.json", answers: saved });
    expect(result.items.filter((i) => i.score < 1)).toEqual([]);
    expect(result.score).toBe(1);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    // Reopened, the sheet shows the answers this browser kept.
    await page.reload();
    await expect.poll(() => page.locator('section.q[data-id="total_paid_usd"] input').inputValue()).toBe(String(key.answers.total_paid_usd));
  });

  it("flags a wrong amount, a repeated id and a half-filled row as they are typed, and will not save", async () => {
    const { page } = await open(join(dir, "en", "answer-sheet.html"));
    await page.locator('section.q[data-id="total_paid_usd"] input').fill("12,34x");
    await expect.poll(() => page.locator('section.q[data-id="total_paid_usd"] .err').textContent()).toContain("Not a number");
    await page.locator('section.q[data-id="collectors"] textarea').fill("wallet:+254700000001\nWALLET:+254700000001");
    await expect.poll(() => page.locator('section.q[data-id="collectors"] .err').textContent()).toContain("Written twice");
    await page.locator('section.q[data-id="same_person"] tbody tr input').first().fill("wallet:+254700000001");
    await expect.poll(() => page.locator('section.q[data-id="same_person"] .err').textContent()).toContain("Fill in this row");
    expect(await page.locator("#status").textContent()).toBe("Answers to correct before saving: 3");
    expect(await page.locator("#save").getAttribute("aria-disabled")).toBe("true");
  });

  for (const lang of ["am", "ti", "sw"] as const) {
    it(`in ${lang}: every Ethiopic character is drawn with the embedded font, with no request`, async () => {
      const out = join(dir, lang);
      await generateCaseFiles({ scenario: "first-case", seed: 2, out, lang });
      const { page, requests, errors } = await open(join(out, "answer-sheet.html"));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("DOM.enable");
      await cdp.send("CSS.enable");
      const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
      const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: ":is(h1, p, h2, label, button, a, th, summary):not(.nojs)" });
      let checked = 0;
      for (const nodeId of nodeIds) {
        const { outerHTML } = await cdp.send("DOM.getOuterHTML", { nodeId });
        const ethiopic = [...outerHTML.replace(/<[^>]*>/g, "")].filter((c) => /[\u1200-\u139F]/u.test(c)).length;
        if (!ethiopic) continue;
        const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
        const embedded = fonts.filter((f) => f.familyName === ETHIOPIC_FAMILY || f.isCustomFont).reduce((s, f) => s + f.glyphCount, 0);
        expect(embedded, `${outerHTML.slice(0, 80)}: ${JSON.stringify(fonts)}`).toBeGreaterThanOrEqual(ethiopic);
        checked++;
      }
      if (lang === "sw") expect(checked).toBe(0);
      else expect(checked).toBeGreaterThan(10);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
