// The text of a PDF with its positions, read with pdf.js (pdfjs-dist, legacy build for Node):
// no worker thread, no font or network fetch, nothing downloaded. Each page's text pieces are
// grouped into lines by their baseline, top to bottom, pieces left to right, so a reader can
// assign them to columns by x position instead of splitting lines on spaces.
// Refused with one line (exit 1): a protected file without --password or with a wrong one, and
// a file with no text layer at all (a scan): nothing is guessed, there is no OCR.
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { inputError } from "../../errors.js";

export interface PdfPiece {
  str: string;
  /** Left edge, in points from the page's left. */
  x: number;
  /** Right edge. */
  right: number;
}

export interface PdfLine {
  /** 1-based page number. */
  page: number;
  /** 1-based line number on its page (top to bottom, counting every line with text). */
  line: number;
  /** Baseline, in points from the page's top. */
  y: number;
  pieces: PdfPiece[];
  /** The line's text, pieces joined by one space. */
  text: string;
}

export interface PdfText {
  pages: number;
  lines: PdfLine[];
}

/** Pieces whose baselines differ by less than this (points) are one line. */
const SAME_LINE = 2.5;

export async function readPdfText(path: string, password?: string): Promise<PdfText> {
  // pdf.js is loaded on first use: importing it slows every CLI start.
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const data = new Uint8Array(readFileSync(path));
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]>;
  try {
    doc = await pdfjs.getDocument({
      data, password, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
      useWorkerFetch: false, isOffscreenCanvasSupported: false, stopAtErrors: false,
    }).promise;
  } catch (e) {
    const err = e as { name?: string; code?: number; message?: string };
    if (err.name === "PasswordException") {
      throw err.code === 2
        ? inputError("pdf_wrong_password", "wrong password for protected PDF", { file: path })
        : inputError("pdf_password_required", "PDF is password-protected: pass --password (an emailed M-Pesa statement's password is the ID number it was requested with)", { file: path });
    }
    throw inputError("pdf_unreadable", `not a readable PDF: ${String(err.message ?? e).split("\n")[0]!.toLowerCase()}`, { file: path });
  }
  const lines: PdfLine[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const height = page.view[3]! - page.view[1]!;
      // pdf.js' own normalisation is slow on long statements; NFKC per piece does the same work.
      const content = await page.getTextContent({ disableNormalization: true });
      const pieces: { str: string; x: number; right: number; y: number }[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const t = item.transform as number[];
        pieces.push({ str: item.str.normalize("NFKC").trim(), x: t[4]!, right: t[4]! + item.width, y: height - t[5]! });
      }
      pieces.sort((a, b) => a.y - b.y || a.x - b.x);
      const pageLines: { y: number; pieces: PdfPiece[] }[] = [];
      for (const pc of pieces) {
        const last = pageLines[pageLines.length - 1];
        if (last && Math.abs(pc.y - last.y) < SAME_LINE) last.pieces.push({ str: pc.str, x: pc.x, right: pc.right });
        else pageLines.push({ y: pc.y, pieces: [{ str: pc.str, x: pc.x, right: pc.right }] });
      }
      pageLines.forEach((l, i) => {
        l.pieces.sort((a, b) => a.x - b.x);
        lines.push({ page: p, line: i + 1, y: l.y, pieces: mergeTouching(l.pieces), text: l.pieces.map((x) => x.str).join(" ") });
      });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  if (!lines.length) {
    throw inputError("pdf_no_text", `PDF has no text layer (${doc.numPages} page(s) of images, a scan?): nothing can be read from it; ask the provider for the electronic statement, or transcribe it into a CSV (docs/formats.md)`, { file: path });
  }
  return { pages: doc.numPages, lines };
}

/**
 * Browsers and PDF writers split one word run into several pieces (a piece per font change or
 * per glyph run); pieces closer than a narrow space are one piece, so "1,234" is never two.
 */
function mergeTouching(pieces: PdfPiece[]): PdfPiece[] {
  const out: PdfPiece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && p.x - last.right < 1.2) {
      last.str += p.str;
      last.right = Math.max(last.right, p.right);
    } else out.push({ ...p });
  }
  return out;
}

/** Is this the start of a PDF file? */
export function isPdf(head: string): boolean {
  return head.startsWith("%PDF-");
}

const peeked = new Map<string, string>();

/**
 * A cheap synchronous look at a PDF's text for detection (detect() cannot wait for pdf.js):
 * the strings shown by Tj/TJ in its Flate-compressed content streams, for fonts that encode
 * text as bytes (PDF writers' standard fonts). Encrypted files and embedded CID fonts (most
 * browsers' PDFs) give nothing; the readers then fall back to --format (docs/formats.md).
 */
export function pdfPeek(path: string): string {
  const cached = peeked.get(path);
  if (cached !== undefined) return cached;
  let text = "";
  try {
    const buf = readFileSync(path);
    // Receipts are a page or two: a large file is no receipt, and only its first streams are
    // looked at (inflating a 200-page statement's streams cost half a second).
    if (buf.length > 1_000_000 || buf.includes("/Encrypt")) { peeked.set(path, ""); return ""; }
    let at = 0;
    for (let n = 0; n < 8; n++) {
      const s = buf.indexOf("stream", at);
      if (s < 0) break;
      const e = buf.indexOf("endstream", s);
      if (e < 0) break;
      let start = s + 6;
      if (buf[start] === 0x0d) start++;
      if (buf[start] === 0x0a) start++;
      try {
        const body = inflateSync(buf.subarray(start, e)).toString("latin1");
        for (const m of body.matchAll(/<([0-9a-fA-F\s]+)>|\(((?:\\.|[^\\)])*)\)/g)) {
          text += m[1] !== undefined ? Buffer.from(m[1].replace(/\s/g, ""), "hex").toString("latin1") : m[2]!.replace(/\\(.)/g, "$1");
        }
        text += "\n";
      } catch { /* not a Flate stream */ }
      at = e + 9;
    }
  } catch { /* unreadable: the reader will say so */ }
  peeked.set(path, text);
  return text;
}
