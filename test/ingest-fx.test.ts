import { describe, expect, it } from "vitest";
import { cli, json } from "./util/cli.js";
import { makeCase } from "./util/case.js";

async function rows(db: string, query: string) {
  return json(await cli(["sql", query, "--db", db, "--json"])).rows as Record<string, string | null>[];
}

const FX = [
  { date: "2024-03-01", currency: "KES", rate_to_reporting: "0.0070", rate_source: "CBK official" },
  { date: "2024-03-05", currency: "KES", rate_to_reporting: "0.0075", rate_source: "CBK official" },
  { date: "2024-03-01", currency: "ETB", rate_to_reporting: "0.0100", rate_source: "parallel market" },
  { date: "2024-03-01", currency: "ETB", rate_to_reporting: "0.0175", rate_source: "NBE official" },
];

describe("ingest values transfers in the reporting currency", () => {
  it("uses the most recent rate on or before the transfer's UTC date, for both amounts", async () => {
    const c = await makeCase({
      fx: FX,
      transfers: [
        { tx_id: "same-day", timestamp: "2024-03-05T00:30:00+03:00", from_account: "a", to_account: "b", amount: "1000.00", currency: "KES" },
        { tx_id: "later", timestamp: "2024-03-07T10:00:00Z", from_account: "a", to_account: "b", amount: "1000.00", currency: "KES" },
        { tx_id: "cross", timestamp: "2024-03-02T10:00:00Z", from_account: "a", to_account: "b", amount: "100.00", currency: "USD",
          amount_received: "13300.00", currency_received: "KES" },
        { tx_id: "usd", timestamp: "2024-03-02T10:00:00Z", from_account: "a", to_account: "b", amount: "12.34", currency: "USD" },
        { tx_id: "too-early", timestamp: "2024-02-29T23:59:59Z", from_account: "a", to_account: "b", amount: "5.00", currency: "KES" },
      ],
    });
    const t = await rows(c.db, "SELECT tx_id, value_out, value_in, fx_source FROM transfers ORDER BY load_seq");
    expect(t).toEqual([
      // 2024-03-05T00:30+03:00 is 2024-03-04 in UTC: the 03-01 rate applies
      { tx_id: "same-day", value_out: "7.00", value_in: "7.00", fx_source: "CBK official" },
      { tx_id: "later", value_out: "7.50", value_in: "7.50", fx_source: "CBK official" },
      { tx_id: "cross", value_out: "100.00", value_in: "93.10", fx_source: "CBK official" },
      { tx_id: "usd", value_out: "12.34", value_in: "12.34", fx_source: null },
    ]);
    const q = json(await cli(["quarantine", "--db", c.db, "--json"])).rows;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ row: 5, reason_code: "no_fx_rate", column: "currency", value: "KES" });
  });

  it("FX rates keep their declared source, or the file name when none is declared", async () => {
    const c = await makeCase({ fx: "date,currency,rate_to_reporting\n2024-03-01,EUR,1.08\n" });
    expect(await rows(c.db, "SELECT currency, rate_to_reporting, rate_source FROM fx_rates"))
      .toEqual([{ currency: "EUR", rate_to_reporting: "1.0800000000", rate_source: "fx.csv" }]);
  });

  it("--rate-source picks among rates of several sources; without it the last loaded wins", async () => {
    const c = await makeCase({ fx: FX });
    const { writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const file = join(c.dir, "etb.csv");
    writeFileSync(file, "tx_id,timestamp,from_account,to_account,amount,currency\ne1,2024-03-02T00:00:00Z,a,b,1000,ETB\n");
    json(await cli(["ingest", file, "--db", c.db, "--json", "--rate-source", "parallel market"]));
    expect(await rows(c.db, "SELECT value_out, fx_source FROM transfers")).toEqual([{ value_out: "10.00", fx_source: "parallel market" }]);
    const c2 = await makeCase({ fx: FX, transfers: "tx_id,timestamp,from_account,to_account,amount,currency\ne1,2024-03-02T00:00:00Z,a,b,1000,ETB\n" });
    expect(await rows(c2.db, "SELECT value_out, fx_source FROM transfers")).toEqual([{ value_out: "17.50", fx_source: "NBE official" }]);
  });

  it("a case in EUR values USD rows with the USD rate; --currency on a case fixed to another currency exits 1", async () => {
    const c = await makeCase({
      currency: "EUR",
      fx: "date,currency,rate_to_reporting\n2024-01-01,USD,0.90\n",
      transfers: "tx_id,timestamp,from_account,to_account,amount,currency\nt1,2024-03-02T00:00:00Z,a,b,100,USD\nt2,2024-03-02T00:00:00Z,a,b,100,EUR\n",
    });
    expect(await rows(c.db, "SELECT tx_id, value_out FROM transfers ORDER BY tx_id")).toEqual([{ tx_id: "t1", value_out: "90.00" }, { tx_id: "t2", value_out: "100.00" }]);
    const r = await cli(["ingest", `${c.dir}/transfers.csv`, "--db", c.db, "--currency", "USD"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("EUR");
  });

  it("bad FX rows are quarantined: impossible date, unknown currency, non-positive rate, repeated rate", async () => {
    const c = await makeCase({
      fx: "date,currency,rate_to_reporting,rate_source\n2024-02-30,KES,0.007,x\n2024-03-01,KSH,0.007,x\n2024-03-01,KES,0,x\n2024-03-01,KES,0.007,x\n2024-03-01,KES,0.008,x\n",
    });
    expect(c.ingest.sources[0]).toMatchObject({ rows_read: 5, rows_loaded: 1, rows_quarantined: 4 });
    const q = json(await cli(["quarantine", "--db", c.db, "--json"])).rows.map((r: Record<string, unknown>) => [r.row, r.reason_code]);
    expect(q).toEqual([[1, "bad_date"], [2, "unknown_currency"], [3, "bad_rate"], [5, "duplicate_rate"]]);
  });
});

describe("ingest builds the accounts table", () => {
  it("creates accounts that only transfers name, kind 'other', dense keys in order of first appearance", async () => {
    const c = await makeCase({
      accounts: [{ account_id: "wallet:+254700000009", kind: "mobile_money", holder_name: "  Tesfay  GEBRE " }],
      transfers: [
        { tx_id: "t1", timestamp: "2024-03-01T10:00:00Z", from_account: "iban:DE89370400440532013000", to_account: "wallet:+254700000009", amount: "1", currency: "USD" },
        { tx_id: "t2", timestamp: "2024-03-01T09:00:00Z", from_account: "wallet:+254700000009", to_account: "cash:Nairobi", amount: "1", currency: "USD" },
      ],
    });
    expect(await rows(c.db, "SELECT account_id, account_key, kind, id_type, holder_name_norm FROM account_records ORDER BY account_key")).toEqual([
      { account_id: "wallet:+254700000009", account_key: 1, kind: "mobile_money", id_type: "wallet", holder_name_norm: "tesfay gebre" },
      { account_id: "iban:DE89370400440532013000", account_key: 2, kind: "other", id_type: "iban", holder_name_norm: null },
      { account_id: "cash:Nairobi", account_key: 3, kind: "other", id_type: "other", holder_name_norm: null },
    ]);
  });

  it("an accounts file loaded after the transfers describes the accounts they created, keeping their keys", async () => {
    const c = await makeCase({ transfers: "tx_id,timestamp,from_account,to_account,amount,currency\nt1,2024-03-01,a,b,1,USD\n" });
    const { writeFileSync } = await import("node:fs");
    const file = `${c.dir}/later-accounts.csv`;
    writeFileSync(file, "account_id,kind,holder_name,opening_balance\nb,hawala,Broker B,250.50\nb,bank,Again,0\nc,crypto,,\nd,spaceship,,\n");
    const r = json(await cli(["ingest", file, "--db", c.db, "--json"])).sources[0];
    expect(r).toMatchObject({ rows_read: 4, rows_loaded: 2, rows_quarantined: 2 });
    expect(await rows(c.db, "SELECT account_id, account_key, kind, holder_name, opening_balance FROM account_records ORDER BY account_key")).toEqual([
      { account_id: "a", account_key: 1, kind: "other", holder_name: null, opening_balance: null },
      { account_id: "b", account_key: 2, kind: "hawala", holder_name: "Broker B", opening_balance: "250.50" },
      { account_id: "c", account_key: 3, kind: "crypto", holder_name: null, opening_balance: null },
    ]);
    const q = json(await cli(["quarantine", "--db", c.db, "--json"])).rows.map((x: Record<string, unknown>) => [x.row, x.reason_code, x.value]);
    expect(q).toEqual([[2, "duplicate_account", "b"], [4, "bad_kind", "spaceship"]]);
  });

  it("load_seq continues across files: file order, then row order", async () => {
    const c = await makeCase({ transfers: "tx_id,timestamp,from_account,to_account,amount,currency\nt1,2024-03-01,a,b,1,USD\nbad,2024-03-01,a,b,0,USD\nt2,2024-03-01,a,b,1,USD\n" });
    const { writeFileSync } = await import("node:fs");
    writeFileSync(`${c.dir}/f2.csv`, "tx_id,timestamp,from_account,to_account,amount,currency\nt3,2024-03-01,a,b,1,USD\n");
    writeFileSync(`${c.dir}/f3.csv`, "tx_id,timestamp,from_account,to_account,amount,currency\nt4,2024-03-01,a,b,1,USD\n");
    json(await cli(["ingest", `${c.dir}/f3.csv`, `${c.dir}/f2.csv`, "--db", c.db, "--json"]));
    const t = await rows(c.db, "SELECT tx_id FROM transfers ORDER BY timestamp, load_seq");
    expect(t.map((x) => x.tx_id)).toEqual(["t1", "t2", "t4", "t3"]);
  });
});
