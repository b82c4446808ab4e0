// XLSX sheets are read with exceljs's streaming reader (src/ingest/formats/xlsxRows.ts): the
// named sheet or the workbook's first, rows numbered as in the sheet below the header with
// blank rows counted but not staged, dates and formula results as text. A moderate sheet
// (5,000 rows) checks the row-by-row path end to end; memory figures are in docs/ingest.md.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { openCase } from "../src/db/connect.js";
import { appendXlsxRows } from "../src/ingest/formats/xlsxRows.js";
import { sqlText } from "../src/db/sql.js";
import type { Mapping } from "../src/ingest/mapping.js";
import { tmpDir } from "./util/tmp.js";

async function staged(path: string, m: Partial<Mapping>): Promise<{ n: number; row: Record<string, string | null> }[]> {
  const db = await openCase(join(tmpDir(), "case.duckdb"));
  try {
    await db.conn.run(sqlText("ingest/formats/mapped/rows_create"));
    await appendXlsxRows(db, path, { skip_rows: 0, ...m } as Mapping);
    const rows = (await db.conn.runAndReadAll("SELECT * FROM mapped_rows ORDER BY 1")).getRowsJS();
    return rows.map((r) => ({ n: Number(r[0]), row: JSON.parse(String(r[1])) }));
  } finally {
    db.close();
  }
}

describe("appendXlsxRows (streaming)", () => {
  it("reads the first sheet in workbook order, or the named one; row numbers count blank rows", async () => {
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet("Notes");
    notes.addRow(["not", "this"]);
    const ledger = wb.addWorksheet("Ledger");
    ledger.addRow(["Entry", "Date", "Amount", "Total"]);
    for (let i = 1; i <= 5000; i++) {
      if (i === 3) { ledger.addRow([]); continue; }
      ledger.addRow([`HW-${i}`, new Date(Date.UTC(2025, 1, 1 + (i % 28), 9, 30)), i + 0.5, { formula: `C${i + 1}*2`, result: (i + 0.5) * 2 }]);
    }
    const path = join(tmpDir(), "ledger.xlsx");
    await wb.xlsx.writeFile(path);

    const first = await staged(path, {});
    expect(first).toEqual([]); // "Notes", listed first: a header row and no data rows
    const rows = await staged(path, { sheet: "Ledger" });
    expect(rows).toHaveLength(4999);
    expect(rows[0]).toEqual({ n: 1, row: { Entry: "HW-1", Date: "2025-02-02T09:30:00", Amount: "1.5", Total: "3" } });
    expect(rows[1]!.n).toBe(2);
    expect(rows[2]).toMatchObject({ n: 4, row: { Entry: "HW-4" } }); // row 3 was blank: counted, not staged
    expect(rows.at(-1)).toMatchObject({ n: 5000, row: { Entry: "HW-5000", Amount: "5000.5", Total: "10001" } });
  });

  it("refuses a missing sheet and a file that is not a spreadsheet with one line", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ledger").addRow(["Entry"]);
    const path = join(tmpDir(), "l.xlsx");
    await wb.xlsx.writeFile(path);
    await expect(staged(path, { sheet: "Other" })).rejects.toThrow(/no such sheet/);
    const { writeFileSync } = await import("node:fs");
    const bad = join(tmpDir(), "bad.xlsx");
    writeFileSync(bad, "not a zip at all\n");
    await expect(staged(bad, {})).rejects.toThrow(/^cannot read spreadsheet: .*bad\.xlsx/);
  });
});
