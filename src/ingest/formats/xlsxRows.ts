// XLSX sheets (hand-kept hawala ledgers, MTO reports) → mapped_rows, read with exceljs's
// streaming WorkbookReader (one row at a time, never the whole sheet: a 600,000-row ledger
// stays within a few hundred MB, docs/ingest.md) and appended with the DuckDB appender.
// Cells become text as shown: dates as ISO 8601 local time (Excel stores no zone), numbers
// as plain decimals, formulas as their cached result.
// exceljs is loaded on first use: importing it costs every CLI process ~0.5 s of start-up.
import type ExcelJS from "exceljs";
import type { CaseDb } from "../../db/connect.js";
import { FlowtraceError, inputError } from "../../errors.js";
import type { Mapping } from "../mapping.js";

interface SheetReader extends AsyncIterable<ExcelJS.Row> { id: number | string; name?: string }
interface BookReader extends AsyncIterable<SheetReader> { model?: { sheets?: { id: number; name: string }[] } }

export async function appendXlsxRows(db: CaseDb, path: string, m: Mapping): Promise<void> {
  const { default: Excel } = await import("exceljs");
  // Shared strings and styles are kept (cells refer to them; styles say which numbers are dates).
  const book = new Excel.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" }) as unknown as BookReader;
  const appender = await db.conn.createAppender("mapped_rows", "main", "temp");
  let found = false;
  try {
    for await (const sheet of book) {
      // The named sheet, else the workbook's first (as the workbook lists them, not as zipped).
      const wanted = m.sheet ? sheet.name === m.sheet : String(sheet.id) === String(book.model?.sheets?.[0]?.id);
      if (!wanted || found) continue;
      found = true;
      let header: string[] | undefined = m.column_names;
      let next = m.skip_rows + 1; // the sheet row the next staged row must be (blank rows are absent)
      let n = 0;
      const stage = (cells: string[]) => {
        if (!header) { header = cells.map((h) => h.trim()); return; }
        n++; // data row number as in the sheet below the header, blank rows counted but not staged
        if (cells.every((x) => x === "")) return;
        const obj: Record<string, string | null> = {};
        header.forEach((h, i) => { if (h) obj[h] = cells[i] === "" || cells[i] === undefined ? null : cells[i]!; });
        appender.appendBigInt(BigInt(n));
        appender.appendVarchar(JSON.stringify(obj));
        appender.endRow();
      };
      for await (const row of sheet) {
        if (row.number <= m.skip_rows) continue;
        for (; next < row.number; next++) stage([]);
        const cells: string[] = [];
        for (let c = 1; c <= Math.max(row.cellCount, header?.length ?? 0); c++) cells.push(cellText(row.getCell(c).value));
        stage(cells);
        next = row.number + 1;
      }
    }
  } catch (e) {
    if (e instanceof FlowtraceError) throw e;
    throw inputError("bad_xlsx", `cannot read spreadsheet: ${(e as Error).message.split("\n")[0]!.toLowerCase()}`, { file: path });
  } finally {
    appender.closeSync();
  }
  if (!found) throw inputError("bad_xlsx", "no such sheet", { file: path, value: m.sheet ?? "" });
}

/** The first non-empty row of the first sheet, as text (for recognising a layout); [] when unreadable. */
export async function sheetHeader(path: string): Promise<string[]> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    return [];
  }
  const sheet = wb.worksheets[0];
  let header: string[] = [];
  sheet?.eachRow((row) => {
    if (header.length) return;
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    if (cells.some((x) => x !== "")) header = cells;
  });
  return header;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 19);
  if (typeof v === "object") {
    if ("result" in v) return cellText(v.result as ExcelJS.CellValue);
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v) return String(v.text);
    if ("error" in v) return String(v.error);
    return "";
  }
  return String(v);
}
