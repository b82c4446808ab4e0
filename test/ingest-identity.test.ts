import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../src/cli/io.js";
import { openCase } from "../src/db/connect.js";
import { ingestFiles } from "../src/ingest/ingestFiles.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

async function query(db: string, sql: string): Promise<Record<string, string>[]> {
  return json(await cli(["sql", sql, "--db", db, "--json"])).rows;
}

// Pools of values, each known valid or not, so the test knows which rows must load.
const TX = ["t1", "t2", "t3", "t4", "t5", "t6", ""];
const TS: [string, boolean][] = [["2024-03-01T10:00:00Z", true], ["2024-03-01 10:00:00+03:00", true], ["2024-02-30", false], ["", false], ["noon", false]];
const ACCOUNT: [string, boolean][] = [["a", true], ["ተስፋይ", true], ['=HYPERLINK("x")', true], ["", false]];
const AMOUNT: [string, boolean][] = [["1.00", true], ["2.5", true], ["0", false], ["-1", false], ["1,000.00", false], ["10.005", false], ["", false]];
const CURRENCY: [string, boolean][] = [["USD", true], ["usd", true], ["KES", false], ["XYZ", false], ["", false]];
const REFERENCE = ["", "x,y", "two\nlines", 'say "hi"', "<script>"];

const row = fc.record({
  tx: fc.constantFrom(...TX),
  ts: fc.constantFrom(...TS),
  from: fc.constantFrom(...ACCOUNT),
  to: fc.constantFrom(...ACCOUNT),
  amount: fc.constantFrom(...AMOUNT),
  currency: fc.constantFrom(...CURRENCY),
  reference: fc.constantFrom(...REFERENCE),
  shape: fc.constantFrom("ok", "ok", "ok", "ok", "ok", "ok", "short", "long"),
  blank: fc.integer({ min: 0, max: 9 }),
});

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

describe("rows_read = rows_loaded + rows_quarantined (randomized)", () => {
  it("every record ends up loaded or quarantined, exactly once, at its own row number", async () => {
    const dir = tmpDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 0, maxLength: 30 }), async (rows) => {
        run++;
        const lines = ["tx_id,timestamp,from_account,to_account,amount,currency,reference"];
        const expectLoaded = new Map<number, string>();
        const seen = new Set<string>();
        rows.forEach((r, i) => {
          let fields = [r.tx, r.ts[0], r.from[0], r.to[0], r.amount[0], r.currency[0], r.reference];
          if (r.shape === "short") fields = fields.slice(0, 4);
          if (r.shape === "long") fields = [...fields, "extra"];
          if (r.blank === 0) lines.push("");
          lines.push(fields.map(quote).join(","));
          const valid = r.shape === "ok" && r.tx !== "" && r.ts[1] && r.from[1] && r.to[1] && r.amount[1] && r.currency[1] && !seen.has(r.tx);
          if (valid) {
            seen.add(r.tx);
            expectLoaded.set(i + 1, r.tx);
          }
        });
        const file = join(dir, `r${run}.csv`);
        writeFileSync(file, lines.join("\n") + "\n");
        const path = join(dir, `r${run}.duckdb`);
        const db = await openCase(path);
        let s;
        try {
          s = (await ingestFiles(db, [file], { quiet: true }, memoryIo())).sources[0]!;
        } finally {
          db.close();
        }
        {
          expect(s.rows_read).toBe(rows.length);
          expect(s.rows_loaded + s.rows_quarantined).toBe(s.rows_read);
          const loaded = await query(path, "SELECT source_row, tx_id FROM transfers");
          const quarantined = await query(path, "SELECT source_row, reason_code FROM quarantine");
          expect(new Map(loaded.map((l) => [Number(l.source_row), l.tx_id]))).toEqual(expectLoaded);
          const all = [...loaded, ...quarantined].map((x) => Number(x.source_row)).sort((a, b) => a - b);
          expect(all).toEqual(rows.map((_, i) => i + 1));
          rows.forEach((r, i) => {
            if (r.shape !== "ok") expect(quarantined.find((q) => Number(q.source_row) === i + 1)?.reason_code).toBe("field_count");
          });
        }
      }),
      { numRuns: 15, seed: 20240301 },
    );
  });
});
