// The --mapping file: how any other CSV/XLSX layout (a bank's export, an MTO's report, a hawala
// ledger, telebirr records) maps onto the canonical transfer columns. Validated with zod at the
// edge; examples in docs/mappings/, reference in docs/formats.md.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { inputError } from "../errors.js";

/** How one side's account id is built from a cell: `phone` → wallet:+E164 (libphonenumber-js),
 *  `iban` → iban:<compact upper>, `bank`/`mto`/`hawala` → <type>:<institution>/<value>,
 *  `raw` → the value as given, any other word → <word>:<value> (agent, merchant, cash, service). */
const accountType = z.string().regex(/^[a-z_]+$/, "an account type is a lowercase word (phone, iban, bank, mto, hawala, raw, ...)");

const side = z.strictObject({
  column: z.string().min(1).optional(),
  value: z.string().min(1).optional(),
  type: accountType.default("raw"),
  institution: z.string().optional(),
  institution_column: z.string().optional(),
  name_column: z.string().optional(),
  /** Column with the party's country (ISO 3166-1 alpha-2), e.g. an MTO's "Receiver Country". */
  country_column: z.string().optional(),
  /** A full account id used when the cell is empty (a bank's own charges: "service:bank-fees"). */
  default: z.string().regex(/^[a-z_]+:./, "default is a full account id like service:bank-fees").optional(),
  country: z.string().length(2).optional(),
}).refine((s) => s.column !== undefined || s.value !== undefined, "an account needs a column or a value");

export const mappingSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  /** csv (default) or xlsx; from the file name when absent. */
  file_type: z.enum(["csv", "xlsx"]).optional(),
  delimiter: z.string().min(1).max(2).default(","),
  quote: z.string().max(1).default('"'),
  /** Lines before the header (CSV) or rows before it (XLSX). */
  skip_rows: z.number().int().min(0).default(0),
  /** Column names for files without a header line. */
  column_names: z.array(z.string().min(1)).optional(),
  sheet: z.string().optional(),
  columns: z.strictObject({
    tx_id: z.string().optional(),
    timestamp: z.string(),
    /** A separate time-of-day column, joined to the date with a space before parsing. */
    time: z.string().optional(),
    amount: z.string().optional(),
    /** Statement layouts with two columns: money out (debit) and money in (credit). */
    debit: z.string().optional(),
    credit: z.string().optional(),
    /** A column saying DR/CR, D/C, debit/credit, out/in (sign: "indicator"). */
    indicator: z.string().optional(),
    currency: z.string().optional(),
    amount_received: z.string().optional(),
    currency_received: z.string().optional(),
    fee: z.string().optional(),
    channel: z.string().optional(),
    reference: z.array(z.string()).or(z.string()).optional(),
    balance: z.string().optional(),
    balance_after_from: z.string().optional(),
    balance_after_to: z.string().optional(),
    status: z.string().optional(),
    /** Transaction type column (telebirr "Transaction Type"): tells agents from merchants. */
    type: z.string().optional(),
  }),
  from: side.optional(),
  to: side.optional(),
  /** Statement layouts: the account the statement is about, and the other side of each row. */
  owner: z.string().optional(),
  counterparty: side.optional(),
  /** Statement layouts whose account changes per row: a ledger's client positions
   *  (hawala:<keeper>/<client>, the keeper being --owner). Takes the owner's place on each row. */
  account: side.optional(),
  constants: z.strictObject({
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    currency_received: z.string().regex(/^[A-Z]{3}$/).optional(),
    channel: z.string().optional(),
  }).default({}),
  /** strptime format(s) of the timestamp text, e.g. "%d/%m/%Y %H:%M"; ISO 8601 when absent. */
  date_format: z.array(z.string()).or(z.string()).optional(),
  /** IANA zone or offset of timestamps written without one. */
  timezone: z.string().default("UTC"),
  decimal_separator: z.enum([".", ","]).default("."),
  thousands_separator: z.enum([",", ".", " ", "'", ""]).default(""),
  /** positive: amounts are positive and direction is from → to; signed: a negative amount means
   *  the owner paid; debit_credit: debit/credit columns; indicator: the indicator column. */
  sign: z.enum(["positive", "signed", "debit_credit", "indicator"]).default("positive"),
  /** Fee column: "added" when the sender paid amount + fee and the transfer is that sum,
   *  "included" when the amount already includes it (the receiver got amount − fee),
   *  "separate" when the fee is its own charge paid on top: the transfer is the amount sent
   *  (as the operator's canonical records and M-Pesa charges have it), the fee stays in the
   *  row kept as evidence and is not part of the payment. */
  fee_mode: z.enum(["added", "included", "separate"]).default("added"),
  /** Values of the status column that mean the money moved; other rows are quarantined. */
  completed: z.array(z.string()).default(["completed", "complete", "success", "successful", "paid", "done", "ok"]),
  /** Transaction types (columns.type, any case) whose short-code party is a cash agent
   *  (agent:<code>, terminal); other short codes are merchants (merchant:<code>). */
  agent_types: z.array(z.string()).default(["cash in", "cash out", "cash-in", "cash-out", "withdrawal", "deposit"]),
  /** Phone country hint for local numbers (ISO 3166-1 alpha-2). */
  country: z.string().length(2).optional(),
  tx_id_prefix: z.string().default(""),
}).superRefine((m, ctx) => {
  const c = m.columns;
  if (m.sign === "debit_credit" && !(c.debit && c.credit)) ctx.addIssue({ code: "custom", message: "sign debit_credit needs columns.debit and columns.credit" });
  if (m.sign === "indicator" && !(c.indicator && c.amount)) ctx.addIssue({ code: "custom", message: "sign indicator needs columns.indicator and columns.amount" });
  if (m.sign !== "debit_credit" && !c.amount) ctx.addIssue({ code: "custom", message: "columns.amount is required" });
  if (m.sign === "positive" && !(m.from && m.to)) ctx.addIssue({ code: "custom", message: "sign positive needs from and to (or use a statement layout: owner + counterparty)" });
  if (m.sign !== "positive" && !m.counterparty) ctx.addIssue({ code: "custom", message: `sign ${m.sign} is a statement layout: it needs counterparty (and owner, here or --owner)` });
  if (!c.currency && !m.constants.currency) ctx.addIssue({ code: "custom", message: "a currency column or constants.currency is required" });
});

export type Mapping = z.infer<typeof mappingSchema>;
export type MappingSide = z.infer<typeof side>;

/** Validate a parsed mapping; errors name the mapping file and the first offending field. */
export function parseMapping(json: unknown, file = "mapping"): Mapping {
  const r = mappingSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const where = issue.path.length ? issue.path.join(".") : undefined;
    throw inputError("bad_mapping", `invalid mapping: ${issue.message.toLowerCase()}`, { file, column: where });
  }
  return r.data;
}

/** Read and validate a mapping file. */
export function readMapping(path: string): Mapping {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw inputError("bad_mapping", `mapping is not JSON: ${(e as Error).message.split("\n")[0]!.toLowerCase()}`, { file: path });
  }
  return parseMapping(json, path);
}
