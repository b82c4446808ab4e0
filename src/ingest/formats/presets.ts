// Built-in layouts (telebirr, MTO export, hawala ledger) are mappings like any user's: the
// same JSON files that docs/mappings/ shows as examples, so docs and behaviour cannot drift.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FormatReader, StageContext } from "../format.js";
import { packageRoot } from "../../paths.js";
import { inputError } from "../../errors.js";
import { parseMapping, type Mapping } from "../mapping.js";
import { stageMapped } from "./mapped.js";
import { splitCsvLine } from "./statementHead.js";

export function presetMapping(name: string): Mapping {
  const file = join(packageRoot(), "docs", "mappings", `${name}.json`);
  return parseMapping(JSON.parse(readFileSync(file, "utf8")), file);
}

/** A --mapping given with a built-in format overrides the built-in layout. */
function mappingFor(ctx: StageContext, preset: string | null, format: string): Mapping {
  if (ctx.options.mapping !== undefined) return parseMapping(ctx.options.mapping, "--mapping");
  if (preset) return presetMapping(preset);
  throw inputError("mapping_required", `format ${format} needs --mapping FILE.json (see docs/mappings/)`, { file: ctx.path });
}

/** Detection by header: every mapped column name of the preset appears in the first line. */
function headerHas(m: Mapping, head: string): boolean {
  return columnsHave(m, splitCsvLine(head.split(/\r?\n/)[0] ?? "", m.delimiter).map((h) => h.trim()));
}

function columnsHave(m: Mapping, columns: string[]): boolean {
  const first = new Set(columns);
  const c = m.columns;
  const wanted = [c.timestamp, c.amount, m.from?.column, m.to?.column, m.counterparty?.column, m.account?.column, c.indicator]
    .filter((x): x is string => typeof x === "string");
  return wanted.every((w) => first.has(w));
}

function presetReader(name: string, institution: string, lines?: string): FormatReader {
  return {
    name,
    detect: (head, path) => !path.toLowerCase().endsWith(".xlsx") && headerHas(presetMapping(name), head),
    detectHeader: (columns) => columnsHave(presetMapping(name), columns),
    stage: (ctx) => stageMapped(ctx, mappingFor(ctx, name, name), { format: name, institution, lines }),
  };
}

export const telebirrReader = presetReader("telebirr", "Ethio telecom telebirr");
// Payouts to a bank account or pay bill name that account (sql/ingest/formats/mapped/mto_payees.sql).
export const mtoReader = presetReader("mto", "", "ingest/formats/mapped/mto_payees");
// Entries noting the client's bank account name it (sql/ingest/formats/mapped/hawala_accounts.sql).
export const hawalaReader = presetReader("hawala", "", "ingest/formats/mapped/hawala_accounts");

/** Any CSV/XLSX with --mapping (bank statements and everything else). */
export const bankCsvReader: FormatReader = {
  name: "bank-csv",
  stage: (ctx) => stageMapped(ctx, mappingFor(ctx, null, "bank-csv"), { format: "bank-csv" }),
};

