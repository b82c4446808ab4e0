// `flowtrace ingest fx.csv raw/` on generated cases (docs/scenarios.md): every raw file of the
// folder loads (or is skipped with its reason), and the transfers it gives are the canonical
// transfers.csv ones for every transfer the raw files show: same ids, parties and amounts,
// none counted twice. first-case and sold-on here; hawala-corridor and network when
// FLOWTRACE_SLOW_TESTS=1 (a minute or more each on the shared machine).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCaseFiles } from "../src/generate/generateCase.js";
import { maskFits } from "../src/ingest/formats/mergeCopies.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";
import { queryReadOnly } from "./util/readOnly.js";

// [scenario, seed, transfers]: the story with less ordinary traffic keeps the test small.
const CASES: [string, number, number | undefined][] = [["first-case", 5, undefined], ["sold-on", 8, 800]];
if (process.env.FLOWTRACE_SLOW_TESTS === "1") CASES.push(["hawala-corridor", 2, undefined], ["network", 4, 3000]);

const query = queryReadOnly;

describe.each(CASES)("ingest raw/ of %s (seed %i)", (scenario, seed, transfers) => {
  it("loads every raw file and agrees with transfers.csv, no transfer counted twice", async () => {
    const out = join(tmpDir(), `${scenario}-${seed}`);
    await generateCaseFiles({ scenario, seed, out, ...(transfers ? { transfers } : {}) });
    const db = join(out, "case.duckdb");
    const r = json(await cli(["ingest", join(out, "fx.csv"), join(out, "raw"), "--db", db, "--json"]));

    // Every file: loaded with its rows accounted for, or used/skipped with a reason.
    const files = readdirSync(join(out, "raw")).sort();
    const loaded = r.sources.filter((s: any) => s.path.startsWith(join(out, "raw"))).map((s: any) => s.path.slice(out.length + 5));
    const skipped = r.skipped.map((s: any) => s.path.slice(out.length + 5));
    expect([...loaded, ...skipped].sort()).toEqual(files);
    const used = ["bank-mapping.json", "sources.json", "pdf-passwords.json", "relatives-statements.csv"];
    expect(skipped.sort()).toEqual(files.filter((f) => used.includes(f)));
    for (const s of r.sources) expect(s.rows_read, s.path).toBe(s.rows_loaded + s.rows_quarantined);
    const reasons = await query(db, "SELECT DISTINCT reason_code FROM quarantine ORDER BY 1");
    // Quarantined only: rows merged into another record's transfer, rows that moved no money, and a
    // PDF statement's row repeated across a page break.
    for (const x of reasons) expect(["merged", "not_completed", "duplicate_page_row"], x.reason_code).toContain(x.reason_code);

    // The canonical transfers the text records show (the PDFs repeat the CSV statements): their id is in a raw file (an M-Pesa charge: a
    // charge row under its receipt, which only the payer's statement has).
    const rawText = files.filter((f) => /\.(csv|html)$/.test(f) && f !== "relatives-statements.csv").map((f) => readFileSync(join(out, "raw", f), "utf8")).join("\n");
    const csv = join(out, "transfers.csv").replace(/'/g, "''");
    const canonical = await query(db, `SELECT tx_id, from_account, to_account, amount, currency, amount_received, currency_received FROM read_csv('${csv}', all_varchar = true)`);
    const shows = (id: string) => id.endsWith(":charge")
      ? new RegExp(`^${id.slice(0, -":charge".length)},[^\\n]*Charge`, "m").test(rawText)
      : rawText.includes(id);
    const shown = new Set(canonical.filter((c) => shows(c.tx_id)).map((c) => c.tx_id));
    const t = await query(db, "SELECT t.tx_id, t.from_account, t.to_account, t.amount::VARCHAR AS amount, t.currency, s.format FROM transfer_records t JOIN sources s USING (source_id) WHERE s.format <> 'canonical-fx'");
    const byId = new Map(canonical.map((c) => [c.tx_id, c]));
    // None counted twice and none invented: every loaded transfer is one canonical transfer.
    for (const x of t) expect(byId.has(x.tx_id), `${x.format} ${x.tx_id} is not in transfers.csv`).toBe(true);
    const ids = new Set(t.map((x) => x.tx_id));
    expect([...shown].filter((id) => !ids.has(id))).toEqual([]);
    // Same parties (a masked number as the statement shows it must fit the canonical wallet) and amounts.
    // (a receipt masks a bank account's middle digits: bank:<bank>/1****0000).
    const masked = (a: string, c: string) => a.includes("*") && !a.startsWith("masked:")
      && new RegExp(`^${a.split(/\*+/).map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".+")}$`).test(c);
    const same = (a: string, c: string) => a === c || (a.startsWith("masked:") && maskFits(a, c)) || masked(a, c);
    for (const x of t) {
      const c = byId.get(x.tx_id)!;
      const what = `${x.format} ${x.tx_id}`;
      expect(same(x.from_account, c.from_account), `${what} from ${x.from_account} vs ${c.from_account}`).toBe(true);
      expect(same(x.to_account, c.to_account), `${what} to ${x.to_account} vs ${c.to_account}`).toBe(true);
      // An operator's export states what the sender paid, its fee included (fee_mode added); a
      // receiver's statement, the only record of a transfer from abroad, what arrived.
      if (x.format === "mto") expect([x.currency, Number(x.amount) >= Number(c.amount)], what).toEqual([c.currency, true]);
      else if (x.currency === c.currency) expect(x.amount, what).toBe(Number(c.amount).toFixed(2));
      else expect([x.currency, x.amount], what).toEqual([c.currency_received, Number(c.amount_received).toFixed(2)]);
    }
  });
});
