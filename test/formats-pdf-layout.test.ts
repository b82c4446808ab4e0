// The M-Pesa statement table rebuilt from positioned text (mpesaPdfLayout), on lines written by
// hand: header cells split into pieces, right-aligned amounts wider than their header, Details
// wrapped onto the next line, a time under its date, page furniture, the TOTAL line, and a row
// repeated at the top of the next page.
import { describe, expect, it } from "vitest";
import { mpesaPdfLayout } from "../src/ingest/formats/mpesaPdfLayout.js";
import type { PdfLine } from "../src/ingest/formats/pdfText.js";

/** A line from [text, left edge] pieces; 5 points a character. */
function line(page: number, n: number, ...pieces: [string, number][]): PdfLine {
  return { page, line: n, y: n * 12, text: pieces.map((p) => p[0]).join(" "), pieces: pieces.map(([str, x]) => ({ str, x, right: x + str.length * 5 })) };
}
const header = (page: number, n: number) => line(page, n, ["Receipt", 10], ["No.", 50], ["Completion", 100], ["Time", 155], ["Details", 200],
  ["Transaction", 400], ["Status", 460], ["Paid", 530], ["In", 555], ["Withdrawn", 600], ["Balance", 700]);

describe("mpesaPdfLayout", () => {
  it("assigns pieces to columns by overlap, joins wrapped lines, reads preamble and TOTAL, flags the page-break repeat", () => {
    const lines = [
      line(1, 1, ["Customer Name: JANE DOE", 10]),
      line(1, 2, ["Mobile Number: 0722 000 111", 10]),
      line(1, 3, ["TOTAL:", 10], ["1,000.00", 300], ["2,100.00", 400]),
      header(1, 4),
      // Right-aligned: "-2,100.00" starts left of "Withdrawn" but overlaps it most.
      line(1, 5, ["QWE1234567", 10], ["05/03/2024", 100], ["Customer Transfer to -", 200], ["Completed", 400], ["-2,100.00", 590], ["900.00", 700]),
      line(1, 6, ["11:30:00 PM", 100], ["0722 555 666 JOHN", 200]),
      line(1, 7, ["Page 1 of 2", 330]),
      header(2, 1),
      line(2, 2, ["QWE1234567", 10], ["05/03/2024", 100], ["Customer Transfer to -", 200], ["Completed", 400], ["-2,100.00", 590], ["900.00", 700]),
      line(2, 3, ["11:30:00 PM", 100], ["0722 555 666 JOHN", 200]),
      line(2, 4, ["QWE1234566", 10], ["2024-03-04 10:00:00", 100], ["Funds received from - 0711 222 333 ANN", 200], ["Completed", 400], ["1,000.00", 520], ["3,000.00", 700]),
      line(2, 5, ["Statement Verification Code: X1", 10]),
    ];
    const l = mpesaPdfLayout(lines, "x.pdf");
    expect(l.preamble.get("customer name")).toBe("JANE DOE");
    expect(l.preamble.get("mobile number")).toBe("0722 000 111");
    expect(l.totals).toEqual({ paidIn: "1,000.00", paidOut: "2,100.00" });
    expect(l.header).toEqual(["Receipt No.", "Completion Time", "Details", "Transaction Status", "Paid In", "Withdrawn", "Balance"]);
    expect(l.rows.map((r) => [r.page, r.line, r.duplicateOf, ...r.cells])).toEqual([
      [1, 5, null, "QWE1234567", "05/03/2024 11:30:00 PM", "Customer Transfer to - 0722 555 666 JOHN", "Completed", "", "-2,100.00", "900.00"],
      [2, 2, 0, "QWE1234567", "05/03/2024 11:30:00 PM", "Customer Transfer to - 0722 555 666 JOHN", "Completed", "", "-2,100.00", "900.00"],
      [2, 4, null, "QWE1234566", "2024-03-04 10:00:00", "Funds received from - 0711 222 333 ANN", "Completed", "1,000.00", "", "3,000.00"],
    ]);
  });

  it("refuses a PDF without the statement's header, naming the file", () => {
    expect(() => mpesaPdfLayout([line(1, 1, ["Invoice", 10])], "x.pdf")).toThrow(/no M-Pesa statement table found .*file x\.pdf/);
  });
});
