// The Ethiopic glyphs a page uses, embedded in it: Noto Sans Ethiopic (SIL Open Font License,
// from the @fontsource/noto-sans-ethiopic package), cut down to the characters of the page's
// text with HarfBuzz (subset-font) and inlined as a WOFF2 data URL. Pages then render Amharic
// and Tigrinya offline on machines without an Ethiopic font (CI, most workshop laptops), and
// carry a few kilobytes instead of the whole 75 KB font. Subsetting is deterministic: the same
// text gives the same bytes.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const ETHIOPIC = /[\u1200-\u139F\u2D80-\u2DDF\uAB00-\uAB2F]/u;
export const ETHIOPIC_FAMILY = "Noto Sans Ethiopic (flowtrace subset)";

/** @font-face rules for the Ethiopic characters in `text` (regular and bold), or "" when there are none. */
export async function ethiopicFontFaces(text: string): Promise<string> {
  const chars = [...new Set([...text].filter((c) => ETHIOPIC.test(c)))].sort().join("");
  if (!chars) return "";
  const { default: subsetFont } = await import("subset-font");
  const require = createRequire(import.meta.url);
  const faces: string[] = [];
  for (const weight of [400, 700]) {
    const file = require.resolve(`@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-${weight}-normal.woff2`);
    const subset = await subsetFont(readFileSync(file), chars, { targetFormat: "woff2" });
    faces.push(`@font-face{font-family:"${ETHIOPIC_FAMILY}";font-weight:${weight};font-style:normal;` +
      `src:url(data:font/woff2;base64,${subset.toString("base64")}) format("woff2");unicode-range:U+1200-139F,U+2D80-2DDF,U+AB00-AB2F}`);
  }
  return faces.join("\n");
}
