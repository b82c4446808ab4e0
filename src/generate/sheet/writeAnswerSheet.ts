// Writes answer-sheet.html for a generated case: the page is rendered once to learn which
// Ethiopic characters it holds, then again with exactly those glyphs embedded.
import { writeFileSync } from "node:fs";
import { browserBundle } from "../../format/browserBundle.js";
import { ethiopicFontFaces } from "../../i18n/ethiopicFont.js";
import type { Lang } from "../../i18n/lang.js";
import { answerSheetHtml, type SheetCase } from "./answerSheet.js";

export async function writeAnswerSheet(file: string, c: SheetCase, lang: Lang): Promise<void> {
  const client = await browserBundle("answer-sheet", "src/generate/sheet", "client.ts");
  const faces = await ethiopicFontFaces(answerSheetHtml(c, lang, "", ""));
  writeFileSync(file, answerSheetHtml(c, lang, client, faces));
}
