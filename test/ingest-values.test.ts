// Values a court would reject are rejected at the door, each with its reason (issue 18,
// docs/security.md), and nothing that loads makes detect or trace fail afterwards.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

type Q = { source_row: string; column_name: string | null; value: string | null; reason_code: string };

async function ingest(name: string, content: string | Buffer, extra: string[] = []) {
  const dir = tmpDir();
  const path = join(dir, name);
  writeFileSync(path, content);
  const db = join(dir, "c.duckdb");
  const r = await cli(["ingest", path, "--db", db, "--json", ...extra]);
  const q = r.code === 0 ? json(await cli(["sql", "SELECT source_row, column_name, value, reason_code FROM quarantine ORDER BY source_row", "--db", db, "--json"])).rows as Q[] : [];
  return { db, r, q };
}

describe("canonical transfers: timestamps, amounts and the amount limit", () => {
  const rows: [string, string, string | null, string | null][] = [
    // timestamp, amount, expected reason (null: loads), column
    ["2024-01-01T00:00:00Z", "10.00", null, null],
    ["2024-01-01T00:00:00+14:00", "10.00", null, null],
    ["2024-01-01T00:00:00-12:00", ".50", null, null],
    ["2024-01-01 10:00:00", "999999999999.99", null, null],
    ["infinity", "10.00", "bad_timestamp", "timestamp"],
    ["-infinity", "10.00", "bad_timestamp", "timestamp"],
    ["epoch", "10.00", "bad_timestamp", "timestamp"],
    ["-2024-01-01", "10.00", "bad_timestamp", "timestamp"],
    ["24-01-01", "10.00", "bad_timestamp", "timestamp"],
    ["0024-01-01", "10.00", "bad_timestamp", "timestamp"],
    ["2024-01-01T00:00:00+25:00", "10.00", "bad_timestamp", "timestamp"],
    ["2024-01-01T00:00:00-14:30", "10.00", "bad_timestamp", "timestamp"],
    ["2024-01-01T00:00:00Z", "1e3", "bad_amount", "amount"],
    ["2024-01-01T00:00:00Z", "2.5E2", "bad_amount", "amount"],
    ["2024-01-01T00:00:00Z", "1_000", "bad_amount", "amount"],
    ["2024-01-01T00:00:00Z", "9999999999999999.99", "amount_too_large", "amount"],
    ["2024-01-01T00:00:00Z", "1000000000000.00", "amount_too_large", "amount"],
  ];
  let db = "";
  let q: Q[] = [];
  beforeAll(async () => {
    const lines = ["tx_id,timestamp,from_account,to_account,amount,currency"];
    rows.forEach(([ts, amount], i) => lines.push(`t${i + 1},${ts},a${i % 3},a${(i + 1) % 3},${amount},USD`));
    const r = await ingest("transfers.csv", lines.join("\n") + "\n");
    expect(r.r.code, r.r.stderr).toBe(0);
    ({ db, q } = r);
    expect(json(r.r).sources[0]).toMatchObject({ rows_read: rows.length, rows_loaded: 4, rows_quarantined: rows.length - 4 });
  });

  rows.forEach(([ts, amount, reason, column], i) => {
    if (!reason) return;
    it(`${column} ${column === "timestamp" ? ts : amount}: ${reason}`, () => {
      expect(q.find((x) => x.source_row === String(i + 1))).toEqual({ source_row: String(i + 1), column_name: column, value: column === "timestamp" ? ts : amount, reason_code: reason });
    });
  });

  it("detect and trace run on what loaded (the largest amount allowed included)", async () => {
    expect((await cli(["detect", "--db", db])).code).toBe(0);
    const t = json(await cli(["trace", "--seed-tx", "t4", "--db", db, "--json"]));
    expect(String(t.totals.seeded)).toBe("999999999999.99");
  });

  it("an amount whose value in the reporting currency reaches 10^12 is refused, not overflowed", async () => {
    const dir = tmpDir();
    writeFileSync(join(dir, "fx.csv"), "date,currency,rate_to_reporting\n2024-01-01,KES,40000\n");
    writeFileSync(join(dir, "t.csv"), "tx_id,timestamp,from_account,to_account,amount,currency\nk1,2024-01-02T00:00:00Z,a,b,900000000000.00,KES\nk2,2024-01-02T00:00:00Z,a,b,10.00,KES\n");
    const d = join(dir, "c.duckdb");
    const r = json(await cli(["ingest", join(dir, "fx.csv"), join(dir, "t.csv"), "--db", d, "--json"]));
    expect(r.sources[1]).toMatchObject({ rows_read: 2, rows_loaded: 1, rows_quarantined: 1 });
    const q2 = json(await cli(["sql", "SELECT reason_code, column_name FROM quarantine", "--db", d, "--json"])).rows;
    expect(q2).toEqual([{ reason_code: "amount_too_large", column_name: "currency" }]);
  });
});

describe("accounts and FX: exponent notation and impossible dates", () => {
  it("opening_balance 1e3 and 1_000 are bad_balance; FX date infinity and rate 1e3 are refused", async () => {
    const a = await ingest("accounts.csv", "account_id,kind,opening_balance\na,bank,1e3\nb,bank,1_000\nc,bank,-10.50\n");
    expect(a.q.map((x) => [x.source_row, x.reason_code])).toEqual([["1", "bad_balance"], ["2", "bad_balance"]]);
    const f = await ingest("fx.csv", "date,currency,rate_to_reporting\ninfinity,KES,0.01\n2024-01-01,KES,1e3\n0024-01-01,KES,0.01\n2024-01-02,KES,0.0077\n");
    expect(f.q.map((x) => [x.source_row, x.reason_code])).toEqual([["1", "bad_date"], ["2", "bad_rate"], ["3", "bad_date"]]);
  });
});

describe("statement formats", () => {
  const mpesaHead = readFileSync(new URL("./fixtures/formats/mpesa-statement.csv", import.meta.url), "utf8").split("\n");
  const header = mpesaHead.findIndex((l) => l.startsWith("Receipt No"));

  it("M-Pesa: both Paid In and Withdrawn, a negative Paid In, 1e3 and 1_000 are quarantined with their reason", async () => {
    const rows = [
      "QA00000001,2024-03-01 10:00:00,Funds received from 0722 111 222 - JOHN DOE,Completed,100.00,-50.00,1000.00",
      "QA00000002,2024-03-01 11:00:00,Funds received from 0722 111 222 - JOHN DOE,Completed,-5.00,,1000.00",
      "QA00000003,2024-03-01 12:00:00,Funds received from 0722 111 222 - JOHN DOE,Completed,1e3,,1000.00",
      "QA00000004,2024-03-01 13:00:00,Funds received from 0722 111 222 - JOHN DOE,Completed,1_000,,1000.00",
    ];
    const content = [...mpesaHead.slice(0, header + 1), ...rows].join("\n") + "\n";
    const { r, q } = await ingest("mpesa.csv", content, ["--currency", "KES"]);
    expect(r.code, r.stderr).toBe(0);
    expect(q.map((x) => [x.reason_code, x.value])).toEqual([
      ["contradictory_amounts", "100.00"], ["negative_paid_in", "-5.00"], ["bad_amount", "1e3"], ["bad_amount", "1_000"],
    ]);
  });

  it("telebirr: an MSISDN with a letter is quarantined as bad_phone with the value kept", async () => {
    const t = readFileSync(new URL("./fixtures/formats/telebirr.csv", import.meta.url), "utf8").split("\n");
    const broken = t[1]!.replace("251922334455", "09l2729756");
    const { r, q } = await ingest("telebirr.csv", [t[0], broken].join("\n") + "\n", ["--currency", "ETB"]);
    expect(r.code, r.stderr).toBe(0);
    expect(q).toEqual([{ source_row: "1", column_name: "to_account", value: "09l2729756", reason_code: "bad_phone" }]);
  });

  it("MT103: a message without -} is quarantined alone and the next one loads; garbage between messages is a row", async () => {
    const fin = readFileSync(new URL("./fixtures/formats/mt103.fin", import.meta.url), "utf8");
    const end = fin.indexOf("-}");
    // the first message loses its end; text that is no message follows the second one
    const text = fin.slice(0, end) + fin.slice(end + 2) + "\n$\nNOT A MESSAGE\n";
    const { r, q } = await ingest("m.fin", text, ["--currency", "USD"]);
    expect(r.code, r.stderr).toBe(0);
    const whole = await ingest("whole.fin", fin, ["--currency", "USD"]);
    expect(json(whole.r).sources[0]).toMatchObject({ rows_read: 2, rows_loaded: 1 });
    expect(json(r).sources[0]).toMatchObject({ rows_read: 3, rows_loaded: 1, rows_quarantined: 2 });
    expect(q.map((x) => [x.source_row, x.reason_code])).toEqual([["1", "truncated_message"], ["3", "not_a_message"]]);
  });
});

const camtSample = "/work/shared/extdata/iso20022_swift_samples/genkgo_camt/camt053.v2.all-balance-types.xml";
describe.skipIf(!existsSync(camtSample))("camt (public sample, skipped when absent)", () => {
  it("decodes character references (M&#252;ller) and quarantines <Amt>2.5E2</Amt>", async () => {
    const xml = readFileSync(camtSample, "utf8").replace("<Nm>FINPETROL</Nm>", "<Nm>M&#252;ller</Nm>").replace(/(<Ntry>\s*<Amt Ccy="EUR">)[0-9.]+</, "$12.5E2<");
    const { r, db, q } = await ingest("camt.xml", xml, ["--currency", "EUR"]);
    expect(r.code, r.stderr).toBe(0);
    expect(q.map((x) => [x.column_name, x.value, x.reason_code])).toEqual([["amount", "2.5E2", "bad_amount"]]);
    const names = json(await cli(["sql", "SELECT holder_name FROM accounts WHERE holder_name LIKE 'M%ller'", "--db", db, "--json"])).rows;
    expect(names).toEqual([{ holder_name: "Müller" }]);
  });
});
