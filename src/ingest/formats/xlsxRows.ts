// XLSX sheets (hand-kept hawala ledgers, MTO reports) → mapped_rows, parsed with exceljs in JS
// and appended with the DuckDB appender. Cells become text as shown: dates as ISO 8601 local
// time (Excel stores no zone), numbers as plain decimals, formulas as their cached result.
// exceljs is loaded on first use: importing it costs every CLI process ~0.5 s of start-up.
import type ExcelJS from "exceljs";
import type { CaseDb } from "../../db/connect.js";
import { inputError } from "../../errors.js";
import type { Mapping } from "../mapping.js";

export async function appendXlsxRows(db: CaseDb, path: string, m: Mapping): Promise<void> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw inputError("bad_xlsx", `cannot read spreadsheet: ${(e as Error).message.split("\n")[0]!.toLowerCase()}`, { file: path });
  }
  const sheet = m.sheet ? wb.getWorksheet(m.sheet) : wb.worksheets[0];
  if (!sheet) throw inputError("bad_xlsx", "no such sheet", { file: path, value: m.sheet ?? "" });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, i) => {
    if (i <= m.skip_rows) return;
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  });
  const header = m.column_names ?? rows.shift()?.map((h) => h.trim()) ?? [];
  const appender = await db.conn.createAppender("mapped_rows", "main", "temp");
  let n = 0;
  for (const cells of rows) {
    n++; // data row number as in the sheet below the header, blank rows counted but not staged
    if (cells.every((x) => x === "")) continue;
    const obj: Record<string, string | null> = {};
    header.forEach((h, i) => { if (h) obj[h] = cells[i] === "" || cells[i] === undefined ? null : cells[i]!; });
    appender.appendBigInt(BigInt(n));
    appender.appendVarchar(JSON.stringify(obj));
    appender.endRow();
  }
  appender.closeSync();
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
