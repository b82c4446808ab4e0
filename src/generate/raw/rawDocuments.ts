// The documents families bring to investigators, beside the CSV records (docs/formats.md):
// M-Pesa statement PDFs of the Kenyan suspects' wallets (every second one password-protected,
// the passwords in pdf-passwords.json), telebirr receipt pages (HTML) of up to three wallet
// transfers in Ethiopia, and Commercial Bank of Ethiopia transfer receipts (PDF, accounts
// masked) of up to three FT transfers. Pages are text (written at once); PDFs are written
// afterwards by generateCaseFiles, as pdfkit writes asynchronously. Small cases only: the
// raw records are written up to RAW_LIMIT transfers, and the receipts are a handful.
import type { Ctx } from "../ctx.js";
import type { Transfer } from "../model.js";
import { hash32 } from "../rng.js";
import type { MpesaStatementDoc } from "./mpesaStatement.js";
import { writeMpesaPdf } from "./mpesaStatementPdf.js";
import { telebirrReceipt } from "./telebirrReceipt.js";
import { cbeReceiptFields, writeCbeReceiptPdf } from "./cbeReceiptPdf.js";

export interface RawDocument {
  /** File name under raw/. */
  name: string;
  write(path: string, created: Date): Promise<void>;
}

const CBE = "bank:Commercial Bank of Ethiopia/";
const RECEIPTS = 3;

export function rawDocuments(ctx: Ctx, all: Transfer[], statements: { name: string; doc: MpesaStatementDoc }[]): { texts: [string, string][]; documents: RawDocument[] } {
  const texts: [string, string][] = [];
  const documents: RawDocument[] = [];
  const passwords: Record<string, string> = {};
  statements.forEach(({ name, doc }, i) => {
    // The emailed statement is protected by the customer's ID number (here 8 digits of a hash).
    const password = i % 2 === 1 ? String(10_000_000 + (hash32(`pw:${name}`) % 89_999_999)) : undefined;
    if (password) passwords[name] = password;
    documents.push({ name, write: (path, created) => writeMpesaPdf(path, doc, { password, created }) });
  });
  if (Object.keys(passwords).length) texts.push(["pdf-passwords.json", JSON.stringify(passwords, null, 2) + "\n"]);
  const acc = (id: string) => ctx.accounts.get(id);
  const etWallet = (id: string) => acc(id)?.kind === "mobile_money" && acc(id)?.country === "ET" && !!acc(id)?.phone;
  const telebirr = all.filter((t) => t.kind === "p2p" && etWallet(t.from) && etWallet(t.to) && /^C[A-L][0-9A-Z]{8}$/.test(t.id)).slice(0, RECEIPTS);
  for (const t of telebirr) texts.push([`telebirr-receipt-${t.id}.html`, telebirrReceipt(ctx, t)]);
  const cbe = all.filter((t) => /^FT[0-9A-Z]{10,11}$/.test(t.id) && t.from.startsWith(CBE) && t.to.startsWith(CBE) && t.currency === "ETB").slice(0, RECEIPTS);
  for (const t of cbe) {
    const fields = cbeReceiptFields(ctx, t);
    documents.push({ name: `cbe-receipt-${t.id}.pdf`, write: (path, created) => writeCbeReceiptPdf(path, fields, created) });
  }
  return { texts, documents };
}
