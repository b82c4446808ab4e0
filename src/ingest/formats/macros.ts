// The SQL macros shared by the format readers (local time → ISO, amount text → plain decimal).
// Created on the reader's connection before its staging query runs; TEMP, so nothing persists.
import type { CaseDb } from "../../db/connect.js";
import { sqlText } from "../../db/sql.js";

const MACROS = ["macro_local_iso", "macro_amount_bare", "macro_amount_text", "macro_amount_negative", "macro_currency_name", "macro_signed_text", "macro_account_id", "macro_short_code"];

export async function createFormatMacros(db: CaseDb): Promise<void> {
  for (const m of MACROS) await db.conn.run(sqlText(`ingest/formats/${m}`));
}
