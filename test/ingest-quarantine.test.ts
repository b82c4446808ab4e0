import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const FIXTURE = new URL("./fixtures/ingest/every-reason.csv", import.meta.url).pathname;

async function ingestFixture() {
  const dir = tmpDir();
  const file = join(dir, "every-reason.csv");
  copyFileSync(FIXTURE, file);
  const db = join(dir, "c.duckdb");
  const r = json(await cli(["ingest", file, "--db", db, "--json"]));
  const q = json(await cli(["quarantine", "--db", db, "--json"])).rows as Record<string, unknown>[];
  return { dir, db, file, source: r.sources[0], q };
}

let shared: ReturnType<typeof ingestFixture> | undefined;
/** One ingest for the read-only checks below. */
const sharedFixture = () => (shared ??= ingestFixture());

describe("ingest quarantines every bad row with file, row, column, value and reason", () => {
  it("rows_read = rows_loaded + rows_quarantined, and only the good rows load", async () => {
    const { source, db } = await ingestFixture();
    expect(source).toMatchObject({ rows_read: 16, rows_loaded: 2, rows_quarantined: 14 });
    const t = json(await cli(["sql", "SELECT tx_id, timestamp, source_row FROM transfers ORDER BY load_seq", "--db", db, "--json"])).rows;
    expect(t).toEqual([
      { tx_id: "ok1", timestamp: "2024-03-01 10:00:00", source_row: "1" },
      { tx_id: "ok2", timestamp: "2024-03-01 08:00:00", source_row: "16" },
    ]);
  });

  const cases: [string, number, string | null, string | null][] = [
    // reason_code, data row, column, value as given
    ["bad_timestamp", 2, "timestamp", "2024-02-30T10:00:00Z"],
    ["bad_timestamp", 3, "timestamp", "yesterday"],
    ["missing_tx_id", 4, "tx_id", null],
    ["missing_account", 5, "from_account", null],
    ["missing_amount", 6, "amount", null],
    ["non_positive_amount", 7, "amount", "0"],
    ["non_positive_amount", 8, "amount", "-5.00"],
    ["bad_amount", 9, "amount", "1,530.00"],
    ["bad_amount", 10, "amount", "10.005"],
    ["unknown_currency", 11, "currency", "XYZ"],
    ["field_count", 12, null, null],
    ["field_count", 13, null, null],
    ["duplicate_tx", 14, "tx_id", "ok1"],
    ["no_fx_rate", 15, "currency", "KES"],
  ];
  it.each(cases)("%s at row %i (column %s, value %s)", async (code, row, column, value) => {
    const { q, file } = await sharedFixture();
    const hit = q.find((r) => r.row === row);
    expect(hit).toMatchObject({ file, row, column, value, reason_code: code });
    expect(String(hit!.reason).length).toBeGreaterThan(5);
  });

  it("a short or long row is quarantined whole with its raw line, not padded", async () => {
    const { q } = await sharedFixture();
    expect(q.find((r) => r.row === 12)).toMatchObject({ raw: "short,2024-03-01T10:00:00Z,a,b", reason_code: "field_count" });
    expect(q.find((r) => r.row === 13)).toMatchObject({ raw: "long,2024-03-01T10:00:00Z,a,b,5.00,USD,x,extra" });
    expect(String(q.find((r) => r.row === 12)!.reason)).toContain("found: 4");
  });

  it("quarantine without --json prints a table naming file, row and reason", async () => {
    const { db } = await ingestFixture();
    const r = await cli(["quarantine", "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("every-reason.csv");
    expect(r.stdout).toContain("duplicate transaction id");
    const only = json(await cli(["quarantine", "--db", db, "--json", "--reason", "bad_amount"])).rows;
    expect(only.map((x: { row: number }) => x.row)).toEqual([9, 10]);
  });

  it("a transfer id already in the case is a duplicate; the loaded one stays", async () => {
    const { dir, db } = await ingestFixture();
    const second = join(dir, "second.csv");
    writeFileSync(second, "tx_id,timestamp,from_account,to_account,amount,currency\nok2,2024-04-01T00:00:00Z,x,y,1.00,USD\nnew,2024-04-01T00:00:00Z,x,y,1.00,USD\n");
    const r = json(await cli(["ingest", second, "--db", db, "--json"])).sources[0];
    expect(r).toMatchObject({ rows_read: 2, rows_loaded: 1, rows_quarantined: 1 });
    const t = json(await cli(["sql", "SELECT amount FROM transfers WHERE tx_id = 'ok2'", "--db", db, "--json"])).rows;
    expect(t).toEqual([{ amount: "50.00" }]);
  });

  it("rows after blank lines and multi-line fields keep their record numbers", async () => {
    const dir = tmpDir();
    const file = join(dir, "blank.csv");
    writeFileSync(file, "tx_id,timestamp,from_account,to_account,amount,currency,reference\r\n"
      + "t1,2024-03-01,a,b,1,USD,\"x\r\ny\"\r\n\r\nt2,2024-03-01,a,b\r\n\r\n\r\nt3,2024-03-01,a,b,1,USD,z\r\nt4,2024-03-01,a,b,1,USD,z,extra\r\n");
    const db = join(dir, "c.duckdb");
    expect(json(await cli(["ingest", file, "--db", db, "--json"])).sources[0]).toMatchObject({ rows_read: 4, rows_loaded: 2 });
    const q = json(await cli(["quarantine", "--db", db, "--json"])).rows.map((r: { row: number }) => r.row);
    const t = json(await cli(["sql", "SELECT tx_id, source_row FROM transfers ORDER BY load_seq", "--db", db, "--json"])).rows;
    expect(q).toEqual([2, 4]);
    expect(t).toEqual([{ tx_id: "t1", source_row: "1" }, { tx_id: "t3", source_row: "3" }]);
  });
});
