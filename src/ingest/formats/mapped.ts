// Any CSV/XLSX layout described by a mapping (src/ingest/mapping.ts): the file's rows become JSON
// objects in mapped_rows (DuckDB read_csv, or exceljs for XLSX), one SQL pass picks and converts
// the mapped columns, and the shared phone step normalises phone ids. bank-csv, telebirr, mto,
// hawala and follow-the-money are this reader with a built-in or translated mapping.
import { basename, extname } from "node:path";
import { listValue } from "@duckdb/node-api";
import type { StageContext } from "../format.js";
import { allJson, exec, sqlText } from "../../db/sql.js";
import type { Mapping, MappingSide } from "../mapping.js";
import { createFormatMacros } from "./macros.js";
import { ownerAccount, preambleAccount } from "./owner.js";
import { fileHead } from "./statementHead.js";
import { resolvePhones } from "./resolvePhones.js";
import { zoneParams } from "./zone.js";
import { appendXlsxRows } from "./xlsxRows.js";
import { printReconciliation, reconcile } from "./reconcile.js";
import { applyDerivedAccounts, createDerivedAccounts } from "./derivedAccounts.js";
import { mergeCopies } from "./mergeCopies.js";
import { mergeAcrossSources } from "./crossSource.js";

export interface MappedProfile {
  format: string;
  institution?: string;
  /** SQL run on mapped_lines before staging (a layout's own columns, e.g. an MTO's payee account). */
  lines?: string;
}

export async function stageMapped(ctx: StageContext, m: Mapping, p: MappedProfile): Promise<void> {
  const { db, path, options } = ctx;
  const country = typeof options.country === "string" ? options.country : m.country;
  const statement = m.sign !== "positive";
  const xlsxFile = (m.file_type ?? (extname(path).toLowerCase() === ".xlsx" ? "xlsx" : "csv")) === "xlsx";
  const preamble = !xlsxFile && m.skip_rows > 0 ? preambleAccount(fileHead(path).split(/\r?\n/).slice(0, m.skip_rows)) : undefined;
  const owner = statement ? ownerAccount(options.owner ?? m.owner ?? preamble, country, path) : null;
  await createFormatMacros(db);
  await createDerivedAccounts(db);
  await db.conn.run(sqlText("ingest/formats/mapped/rows_create"));
  if (xlsxFile) await appendXlsxRows(db, path, m);
  else if (m.column_names) {
    await exec(db.conn, "ingest/formats/mapped/read_csv_names", { path, skip: m.skip_rows, delim: m.delimiter, quote: m.quote, names: listValue(m.column_names) });
  } else {
    await exec(db.conn, "ingest/formats/mapped/read_csv_header", { path, skip: m.skip_rows, delim: m.delimiter, quote: m.quote });
  }
  const c = m.columns;
  const fmts = m.date_format === undefined ? [] : Array.isArray(m.date_format) ? m.date_format : [m.date_format];
  const refs = c.reference === undefined ? [] : Array.isArray(c.reference) ? c.reference : [c.reference];
  await exec(db.conn, "ingest/formats/mapped/lines", {
    c_tx_id: c.tx_id ?? null, c_timestamp: c.timestamp, c_time: c.time ?? null, c_amount: c.amount ?? null,
    c_debit: c.debit ?? null, c_credit: c.credit ?? null, c_indicator: c.indicator ?? null,
    c_currency: c.currency ?? null, c_amount_received: c.amount_received ?? null,
    c_currency_received: c.currency_received ?? null, c_fee: m.fee_mode === "separate" ? null : c.fee ?? null, c_channel: c.channel ?? null,
    c_reference: listValue(refs.length ? refs : [""]), c_balance: c.balance ?? null,
    c_balance_after_from: c.balance_after_from ?? null, c_balance_after_to: c.balance_after_to ?? null,
    c_status: c.status ?? null, c_type: c.type ?? null, agent_types: listValue(m.agent_types.map((t) => t.toLowerCase())),
    k_currency: options.currency ?? m.constants.currency ?? null, k_currency_received: m.constants.currency_received ?? null,
    k_channel: m.constants.channel ?? p.format,
    ...sideParams("f", m.from, owner), ...sideParams("t", m.to, owner), ...sideParams("p", m.counterparty, owner),
    ...sideParams("o", m.account, owner),
    owner, iso: fmts.length === 0, fmts: listValue(fmts.length ? fmts : ["%Y-%m-%d"]),
    ...zoneParams(options.timezone ?? m.timezone),
    dsep: m.decimal_separator, tsep: m.thousands_separator, sign: m.sign, fee_added: m.fee_mode === "added",
    completed: listValue(m.completed.map((s) => s.toLowerCase())), prefix: m.tx_id_prefix,
    file_tag: basename(path, extname(path)),
  });
  if (p.lines) await db.conn.run(sqlText(p.lines));
  await exec(db.conn, "ingest/formats/mapped/stage_transfers");
  if (statement) await exec(db.conn, "ingest/formats/stage_order_chrono");
  await exec(db.conn, "ingest/formats/mapped/stage_rejects", { status_column: c.status ?? "status" });
  const side = m.counterparty ?? m.to ?? m.from;
  await exec(db.conn, "ingest/formats/mapped/stage_accounts", {
    // With per-row accounts the owner only names the keeper: it is no account of its own here.
    owner: m.account ? null : owner, institution: side?.institution ?? p.institution ?? null, country: side?.country ?? country ?? null,
  });
  await resolvePhones(db, country);
  await applyDerivedAccounts(db);
  if (statement) {
    if (c.balance) printReconciliation(ctx.io, p.format, path, reconcile(await allJson(db.conn, "ingest/formats/reconcile_staged", { owner })));
    await mergeCopies(ctx, owner!);
  } else if (c.balance) {
    const given = options.owner ?? m.owner;
    const holder = given !== undefined ? ownerAccount(given, country, path)
      : ((await allJson(db.conn, "ingest/formats/mapped/owner_infer"))[0]?.owner as string | null) ?? null;
    await exec(db.conn, "ingest/formats/mapped/owner_balances", { owner: holder });
    if (!holder) {
      ctx.io.err(`note: ${path}: balances dropped: no single account on every row; pass --owner to keep them\n`);
    } else {
      printReconciliation(ctx.io, p.format, path, reconcile(await allJson(db.conn, "ingest/formats/reconcile_staged", { owner: holder })));
      await mergeCopies(ctx, holder);
    }
  }
  await mergeAcrossSources(ctx);
}

function sideParams(k: string, s: MappingSide | undefined, owner: string | null): Record<string, string | null> {
  // A hawala ledger's clients are accounts at the ledger's keeper: hawala:<broker>/<client>.
  const keeper = s?.type === "hawala" && owner?.startsWith("hawala:") ? owner.slice("hawala:".length) : null;
  return {
    [`${k}_col`]: s?.column ?? null, [`${k}_val`]: s?.value ?? null, [`${k}_type`]: s?.type ?? "raw",
    [`${k}_inst`]: s?.institution ?? keeper, [`${k}_inst_col`]: s?.institution_column ?? null, [`${k}_name`]: s?.name_column ?? null, [`${k}_def`]: s?.default ?? null,
    [`${k}_ctry`]: s?.country ?? null, [`${k}_ctry_col`]: s?.country_column ?? null,
  };
}
