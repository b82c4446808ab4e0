// Safaricom M-Pesa statements as PDF (the M-PESA app, MySafaricom, the emailed copy with a
// password): text read with its positions (pdfText.ts), the table rebuilt by column position
// (mpesaPdfLayout.ts), then the same staging SQL as the CSV export (mpesa.ts): the rows go into
// mpesa_rows exactly as printed. A row printed twice at a page break is quarantined once as
// duplicate_page_row. The summary block's TOTAL Paid In / Paid Out is checked against the rows
// and the running balance against the amounts; differences are printed, never hidden. Every
// row keeps its page and line (source_positions). See docs/formats.md.
import type { FormatReader, StageContext } from "../format.js";
import { allJson, sqlText } from "../../db/sql.js";
import { inputError } from "../../errors.js";
import { createFormatMacros } from "./macros.js";
import { createDerivedAccounts } from "./derivedAccounts.js";
import { ownerAccount } from "./owner.js";
import { stageMpesaRows, type StatementProfile } from "./mpesa.js";
import { isPdf, readPdfText } from "./pdfText.js";
import { MPESA_COLUMNS, mpesaPdfLayout } from "./mpesaPdfLayout.js";
import { isCbeText } from "./cbeReceipt.js";
import { appendRejects, type StagedReject } from "./stageRows.js";
import { recordPositions } from "./positions.js";

const PROFILE: StatementProfile = { format: "mpesa", provider: "mpesa", institution: "Safaricom M-Pesa", country: "KE", currency: "KES", zone: "+03:00" };

async function stageMpesaPdf(ctx: StageContext): Promise<void> {
  const { db, path, options } = ctx;
  const password = typeof options.password === "string" ? options.password : undefined;
  const text = await readPdfText(path, password);
  if (!text.lines.some((l) => /^receipt\s*no/i.test(l.text)) && isCbeText(text.lines.map((l) => l.text).join("\n"))) {
    throw inputError("wrong_format", "this PDF is a CBE transfer receipt, not an M-Pesa statement: load it with --format cbe-receipt", { file: path });
  }
  const layout = mpesaPdfLayout(text.lines, path);
  if (!layout.rows.length) throw inputError("not_this_format", "M-Pesa statement PDF with a header but no rows", { file: path });
  const country = typeof options.country === "string" ? options.country : PROFILE.country;
  const owner = ownerAccount(options.owner ?? layout.preamble.get("mobile number") ?? layout.preamble.get("msisdn"), country, path);
  await createFormatMacros(db);
  await createDerivedAccounts(db);
  await db.conn.run(sqlText("ingest/formats/mpesa_pdf/rows_create"));
  const appender = await db.conn.createAppender("mpesa_rows", "main", "temp");
  const rejects: StagedReject[] = [];
  layout.rows.forEach((r, i) => {
    const n = i + 1;
    const raw = JSON.stringify({ page: r.page, line: r.line, ...Object.fromEntries(MPESA_COLUMNS.map((c, k) => [c, r.cells[k]!])) });
    if (r.duplicateOf !== null) {
      const d = layout.rows[r.duplicateOf]!;
      rejects.push({ source_row: n, raw, column_name: null, value: r.cells[0]!, reason_code: "duplicate_page_row",
        reason: `exact repeat of row ${r.duplicateOf + 1} (page ${d.page}, line ${d.line}) printed again at the top of page ${r.page}: kept once` });
      return;
    }
    appender.appendBigInt(BigInt(n));
    for (const c of r.cells) appender.appendVarchar(c);
    appender.appendVarchar(raw);
    appender.endRow();
  });
  appender.closeSync();
  await appendRejects(db, rejects);
  await recordPositions(db, ctx.sourceId, layout.rows.map((r, i) => ({ source_row: i + 1, page: r.page, line: r.line })));
  await stageMpesaRows(ctx, PROFILE, owner, layout.preamble.get("customer name") ?? "", "Transaction Status", country);
  if (layout.totals) {
    const s = (await allJson(db.conn, "ingest/formats/mpesa_pdf/summary_check", { total_in: layout.totals.paidIn, total_out: layout.totals.paidOut }))[0]!;
    const part = (what: string, stated: unknown, rows: unknown, diff: unknown) =>
      stated === null ? `TOTAL ${what} unreadable (${what === "Paid In" ? layout.totals!.paidIn : layout.totals!.paidOut})`
        : Number(diff) === 0 ? `TOTAL ${what} ${stated} = rows` : `TOTAL ${what} ${stated}, rows ${rows}, difference ${Number(diff) > 0 ? "+" : ""}${diff}`;
    ctx.io.err(`summary mpesa-pdf ${path}: ${part("Paid In", s.stated_in, s.rows_in, s.diff_in)}; ${part("Paid Out", s.stated_out, s.rows_out, s.diff_out)}\n`);
  } else {
    ctx.io.err(`summary mpesa-pdf ${path}: no summary block (TOTAL line) found: totals not checked\n`);
  }
  if (rejects.length) ctx.io.err(`mpesa-pdf ${path}: ${rejects.length} row(s) printed twice at a page break quarantined as duplicate_page_row\n`);
}

export const mpesaPdfReader: FormatReader = {
  name: "mpesa-pdf",
  recordKind: "statements",
  // Any PDF the receipt readers before it did not claim: a protected one can only be read with
  // its password, so its content cannot decide; the reader refuses what is no M-Pesa statement.
  detect: (head) => isPdf(head),
  stage: stageMpesaPdf,
};
