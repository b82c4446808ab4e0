// Every physical row of a CSV is accounted for (issue 18): a row whose quote is never closed is
// quarantined with its own row number and text, and the rows after it load, whether a few
// hundred or 5,000 good rows come before it (the sniffer used to fail the file; later DuckDB
// swallowed the rows after it into one rejected record).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const HEADER = "tx_id,timestamp,from_account,to_account,amount,currency,reference";
const row = (id: string, ref: string) => `${id},2024-01-01T00:00:00Z,a,b,10.00,USD,${ref}`;

function brokenFile(before: number, after: number, opts: { quotedAfter: boolean; eol: string }): string {
  const lines = [HEADER];
  for (let i = 0; i < before; i++) lines.push(row(`t${i}`, `ref ${i}`));
  lines.push(row("tbad", '"broken ref'));
  for (let i = 0; i < after; i++) lines.push(row(`u${i}`, opts.quotedAfter ? `"ok, quoted ${i}"` : `ok ${i}`));
  const path = join(tmpDir(), "broken.csv");
  writeFileSync(path, lines.join(opts.eol) + opts.eol);
  return path;
}

async function load(path: string) {
  const db = join(tmpDir(), "c.duckdb");
  const r = await cli(["ingest", path, "--db", db, "--json"]);
  return { db, r };
}

describe("a row with an unterminated quote", () => {
  const variants: [string, number, number, { quotedAfter: boolean; eol: string }][] = [
    ["300 rows before, quoted rows after", 300, 300, { quotedAfter: true, eol: "\n" }],
    ["300 rows before, no quote after (it never closes)", 300, 300, { quotedAfter: false, eol: "\n" }],
    ["5,000 rows before and after", 5000, 5000, { quotedAfter: true, eol: "\n" }],
    ["CRLF line ends", 20, 20, { quotedAfter: true, eol: "\r\n" }],
    ["the last row", 10, 0, { quotedAfter: true, eol: "\n" }],
  ];
  for (const [name, before, after, opts] of variants) {
    it(`is quarantined alone and the rows after it load: ${name}`, async () => {
      const { db, r } = await load(brokenFile(before, after, opts));
      const source = json(r).sources[0];
      expect(source).toMatchObject({ rows_read: before + 1 + after, rows_loaded: before + after, rows_quarantined: 1 });
      const q = json(await cli(["sql", "SELECT source_row, raw, reason_code FROM quarantine", "--db", db, "--json"])).rows;
      expect(q).toEqual([{ source_row: String(before + 1), raw: row("tbad", '"broken ref'), reason_code: "broken_quote" }]);
      if (after > 0) {
        const t = json(await cli(["sql", "SELECT tx_id, reference, source_row FROM transfers WHERE tx_id IN ('u0', 'u" + (after - 1) + "') ORDER BY source_row", "--db", db, "--json"])).rows;
        expect(t).toEqual([
          { tx_id: "u0", reference: opts.quotedAfter ? "ok, quoted 0" : "ok 0", source_row: String(before + 2) },
          { tx_id: `u${after - 1}`, reference: opts.quotedAfter ? `ok, quoted ${after - 1}` : `ok ${after - 1}`, source_row: String(before + 1 + after) },
        ].slice(0, after === 1 ? 1 : 2));
      }
    });
  }

  it("two broken rows, and a quoted value that really holds a line break, are each one row", async () => {
    const lines = [HEADER, row("t1", '"line one\nline two"'), row("b1", '"open'), row("t2", "x"), row("b2", '"open again'), row("t3", '"y, z"')];
    const path = join(tmpDir(), "two.csv");
    writeFileSync(path, lines.join("\n") + "\n");
    const { db, r } = await load(path);
    expect(json(r).sources[0]).toMatchObject({ rows_read: 5, rows_loaded: 3, rows_quarantined: 2 });
    const q = json(await cli(["sql", "SELECT source_row, reason_code FROM quarantine ORDER BY source_row", "--db", db, "--json"])).rows;
    expect(q).toEqual([{ source_row: "2", reason_code: "broken_quote" }, { source_row: "4", reason_code: "broken_quote" }]);
    const t = json(await cli(["sql", "SELECT tx_id, reference FROM transfers ORDER BY source_row", "--db", db, "--json"])).rows;
    expect(t).toEqual([{ tx_id: "t1", reference: "line one\nline two" }, { tx_id: "t2", reference: "x" }, { tx_id: "t3", reference: "y, z" }]);
  });
});

describe("a header that names a column twice", () => {
  it("refuses the file with exit 1 and one line, and loads nothing", async () => {
    const path = join(tmpDir(), "twice.csv");
    writeFileSync(path, "tx_id,tx_id,timestamp,from_account,to_account,amount,currency\na,b,2024-01-01T00:00:00Z,x,y,1.00,USD\n");
    const { db, r } = await load(path);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("repeated header column: tx_id");
    expect(json(await cli(["sql", "SELECT count(*) AS n FROM sources", "--db", db, "--json"])).rows).toEqual([{ n: "0" }]);
  });
});
