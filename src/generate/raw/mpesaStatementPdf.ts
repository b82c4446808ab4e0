// The same M-Pesa statement as the CSV (mpesaStatement.ts), as the PDF a family actually
// brings: written with pdfkit, with the quirks of real statements (docs/formats.md): the
// summary block with TOTAL Paid In / Paid Out, the header repeated on every page, Details
// wrapped onto several lines, negative Withdrawn, charge rows sharing a receipt, Failed rows,
// in some statements the time as dd/mm/yyyy with AM/PM split over two lines, and the last row of
// some pages printed again at the top of the next. Some are password-protected (as the emailed
// copy is). Fixed creation date and RC4 encryption keyed by the file id (pdfkit derives it from
// the info dictionary): the same seed gives the same bytes.
import { writeFileSync } from "node:fs";
import { hash32, Rng } from "../rng.js";
import { groupedText } from "../csvText.js";
import { statementCells, type MpesaStatementDoc } from "./mpesaStatement.js";

export interface MpesaPdfOptions {
  password?: string;
  /** The document's creation date (the case's first day). */
  created: Date;
}

const X = [28, 92, 178, 402, 478, 560, 650];
const WIDTH = [62, 84, 220, 74, 80, 88, 100];
const FONT = 7.5;
const LINE = 10;
const TOP = 40;
const BOTTOM = 540;

export async function writeMpesaPdf(path: string, st: MpesaStatementDoc, o: MpesaPdfOptions): Promise<void> {
  const { default: PDFDocument } = await import("pdfkit"); // on first use: it slows every CLI start
  const rng = new Rng(hash32(`mpesa-pdf:${st.code}`));
  const dayFirst = rng.chance(0.5);
  const doc = new PDFDocument({
    size: "A4", layout: "landscape", margin: 28, bufferPages: true, autoFirstPage: true, compress: true,
    info: { Title: "M-PESA STATEMENT", Author: "flowtrace generate (synthetic)", Producer: "flowtrace", Creator: "flowtrace", CreationDate: o.created, ModDate: o.created },
    ...(o.password ? { userPassword: o.password, ownerPassword: `${o.password}-owner`, pdfVersion: "1.4" as const, permissions: { printing: "highResolution" as const } } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.font("Helvetica").fontSize(FONT);
  const put = (text: string, x: number, y: number) => { doc.text(text, x, y, { lineBreak: false }); };
  /** Greedy word wrap to the column width (breaks only at spaces and at the record's own newlines). */
  const wrap = (text: string, width: number): string[] => {
    const out: string[] = [];
    for (const para of text.split("\n")) {
      let cur = "";
      for (const w of para.split(/ +/).filter(Boolean)) {
        const next = cur ? `${cur} ${w}` : w;
        if (cur && doc.widthOfString(next) > width) { out.push(cur); cur = w; } else cur = next;
      }
      if (cur) out.push(cur);
    }
    return out.length ? out : [""];
  };
  let y = TOP;
  doc.fontSize(12).text("M-PESA STATEMENT", X[0]!, y, { lineBreak: false });
  doc.fontSize(FONT);
  y += 22;
  for (const [k, v] of st.preamble) { put(`${k}: ${v}`, X[0]!, y); y += LINE; }
  // The summary block: totals of the Completed rows.
  const done_ = st.lines.filter((l) => l.status === "Completed");
  const totalIn = done_.reduce((a, l) => a + l.paidIn, 0n);
  const totalOut = done_.reduce((a, l) => a + l.withdrawn, 0n);
  y += LINE;
  put("SUMMARY", X[0]!, y); y += LINE;
  put("TRANSACTION TYPE", X[0]!, y); put("PAID IN", 300, y); put("PAID OUT", 400, y); y += LINE;
  put("TOTAL:", X[0]!, y); put(groupedText(totalIn), 300, y); put(groupedText(totalOut), 400, y); y += 2 * LINE;
  put("DETAILED STATEMENT", X[0]!, y); y += LINE + 4;
  const header = () => {
    st.header.forEach((h, i) => put(h, X[i]!, y));
    y += LINE + 2;
  };
  header();
  let prevRow: string[][] | null = null;
  for (const l of st.lines) {
    const cells = statementCells(l);
    if (dayFirst) {
      // "05/02/2025" over "06:57:23 AM"
      const [d, t] = cells[1]!.split(" ") as [string, string];
      const [yy, mm, dd] = d.split("-");
      const h = Number(t.slice(0, 2));
      cells[1] = `${dd}/${mm}/${yy}\n${String(h % 12 === 0 ? 12 : h % 12).padStart(2, "0")}${t.slice(2)} ${h < 12 ? "AM" : "PM"}`;
    }
    const wrapped = cells.map((c, i) => wrap(c, WIDTH[i]!));
    const height = Math.max(...wrapped.map((w) => w.length)) * LINE + 3;
    if (y + height > BOTTOM) {
      doc.addPage();
      y = TOP;
      header();
      // Now and then the row at the bottom of a page is printed again at the top of the next.
      if (prevRow && rng.chance(0.5)) y = drawRow(prevRow, y, put);
    }
    y = drawRow(wrapped, y, put);
    prevRow = wrapped;
  }
  const range = doc.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    doc.switchToPage(p);
    put(`Statement Verification Code: ${st.code}`, X[0]!, BOTTOM + 14);
    put(`Page ${p + 1} of ${range.count}`, 380, BOTTOM + 26);
  }
  doc.switchToPage(range.start + range.count - 1);
  put("Disclaimer: This record is produced for the account holder named above. (synthetic, generated by flowtrace)", X[0]!, BOTTOM + 38);
  doc.end();
  await done;
  writeFileSync(path, Buffer.concat(chunks));
}

function drawRow(wrapped: string[][], y: number, put: (t: string, x: number, y: number) => void): number {
  wrapped.forEach((lines, i) => lines.forEach((t, k) => { if (t) put(t, X[i]!, y + k * LINE); }));
  return y + Math.max(...wrapped.map((w) => w.length)) * LINE + 3;
}
