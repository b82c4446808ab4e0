// The same hawala ledgers as spreadsheets (.xlsx), the way brokers actually keep them: dates as
// date cells, amounts as numbers. Written with exceljs, then made reproducible: the workbook's
// created/modified dates are the case's first day and the zip entries' timestamps are fixed
// (JSZip stamps every entry with the current time), so the same seed gives the same bytes.
import { writeFileSync } from "node:fs";
import { HAWALA_HEADER } from "./hawalaLedger.js";

export async function writeLedgerXlsx(csvPath: string, xlsxPath: string, title: string, fixed: Date): Promise<void> {
  const { default: ExcelJS } = await import("exceljs"); // on first use: it slows every CLI start
  // Read the ledger CSV back with exceljs' own CSV reader, every cell kept as text.
  const rows: string[][] = [];
  (await new ExcelJS.Workbook().csv.readFile(csvPath, { map: (v: unknown) => String(v ?? "") }))
    .eachRow((row, n) => { if (n > 1) rows.push((row.values as string[]).slice(1)); });
  const wb = new ExcelJS.Workbook();
  wb.creator = "flowtrace generate (synthetic)";
  wb.created = fixed;
  wb.modified = fixed;
  const ws = wb.addWorksheet("Ledger");
  ws.addRow(HAWALA_HEADER);
  for (const cells of rows) {
    const [d, m, y] = cells[1]!.split("/").map(Number);
    ws.addRow([cells[0], new Date(Date.UTC(y!, m! - 1, d!)), cells[2], cells[3], Number(cells[4]!.replace(/,/g, "")), ...cells.slice(5)]);
  }
  ws.getColumn(2).numFmt = "dd/mm/yyyy";
  ws.getColumn(5).numFmt = "#,##0.00";
  ws.getRow(1).font = { bold: true };
  ws.headerFooter.oddHeader = title;
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  writeFileSync(xlsxPath, fixZipTimes(buf));
}

/** Set the DOS time and date of every zip entry (central and local headers) to 1 January 2025. */
function fixZipTimes(buf: Buffer): Buffer {
  const dosDate = ((2025 - 1980) << 9) | (1 << 5) | 1;
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("xlsx: no zip directory");
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < entries; k++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("xlsx: bad zip directory");
    buf.writeUInt16LE(0, p + 12);
    buf.writeUInt16LE(dosDate, p + 14);
    const local = buf.readUInt32LE(p + 42);
    buf.writeUInt16LE(0, local + 10);
    buf.writeUInt16LE(dosDate, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}
