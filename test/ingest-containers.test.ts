import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const fixture = (name: string) => new URL(`./fixtures/ingest/${name}`, import.meta.url).pathname;

async function load(name: string) {
  const dir = tmpDir();
  const file = join(dir, name);
  copyFileSync(fixture(name), file);
  const db = join(dir, "c.duckdb");
  const source = json(await cli(["ingest", file, "--db", db, "--json"])).sources[0];
  const transfers = json(await cli(["sql", "SELECT tx_id, timestamp, from_account, amount, currency, reference, source_row FROM transfers ORDER BY load_seq", "--db", db, "--json"])).rows;
  const quarantine = json(await cli(["quarantine", "--db", db, "--json"])).rows;
  return { source, transfers, quarantine };
}

describe("ingest reads canonical columns from Parquet, NDJSON and Arrow IPC like CSV", () => {
  it.each(["containers.parquet", "containers.ndjson", "containers.arrow"])("%s loads the same transfers as the CSV", async (name) => {
    const csv = await load("containers.csv");
    const other = await load(name);
    expect(other.source.format).toBe("canonical-transfers");
    expect(other.transfers).toEqual(csv.transfers);
    expect(other.transfers[0].reference).toBe("ተስፋይ ገብረ");
    expect(other.quarantine.find((q: { row: number }) => q.row === 2)).toMatchObject({ reason_code: "non_positive_amount", column: "amount" });
    expect(other.source.rows_read).toBe(other.source.rows_loaded + other.source.rows_quarantined);
  });

  it("a malformed NDJSON line is quarantined with its line number, the others load", async () => {
    const { source, quarantine } = await load("containers.ndjson");
    expect(source).toMatchObject({ rows_read: 4, rows_loaded: 2, rows_quarantined: 2 });
    expect(quarantine.find((q: { row: number }) => q.row === 4)).toMatchObject({ reason_code: "malformed_row", raw: '{"tx_id": "c4", broken' });
  });
});

describe("ingest of a damaged container", () => {
  it("a truncated Parquet file exits 1 naming the file, and nothing loads", async () => {
    const { readFileSync, writeFileSync } = await import("node:fs");
    const dir = tmpDir();
    const file = join(dir, "cut.parquet");
    const whole = readFileSync(fixture("containers.parquet"));
    // keep the footer (columns still readable), damage the data pages
    writeFileSync(file, Buffer.concat([whole.subarray(0, 4), Buffer.alloc(200, 0x55), whole.subarray(204)]));
    const db = join(dir, "c.duckdb");
    const r = await cli(["ingest", file, "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cut.parquet");
    expect(json(await cli(["sql", "SELECT count(*) AS n FROM sources", "--db", db, "--json"])).rows).toEqual([{ n: "0" }]);
  });
});
