import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "./fixtures/statements/buildCase.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const dir = tmpDir();
const dbPath = join(dir, "case.duckdb");

beforeAll(async () => {
  const db = await buildCase(dbPath, [
    { id: "iban:DE89370400440532013000", kind: "bank", name: "Tesfay Gebremedhin", country: "DE" },
    { id: "iban:DE02120300000000202051", kind: "bank", name: "Saba Tekle", country: "DE" },
    { id: "hawala:Frankfurt Hawala/Tesfay Gebremedhin", kind: "hawala", name: "Tesfay Gebremedhin", institution: "Frankfurt Hawala", country: "DE" },
    { id: "hawala:Frankfurt Hawala/Saba Tekle", kind: "hawala", name: "Saba Tekle", institution: "Frankfurt Hawala", country: "DE" },
    { id: "hawala:Khartoum Exchange/Kidane Weldemariam", kind: "hawala", name: "Kidane Weldemariam", institution: "Khartoum Exchange", country: "SD" },
    { id: "hawala:Khartoum Exchange/Almaz Tsegay", kind: "hawala", name: "Almaz Tsegay", institution: "Khartoum Exchange", country: "SD" },
    { id: "wallet:+249912345678", kind: "mobile_money", name: "Kidane Weldemariam", country: "SD" },
    { id: "wallet:+249923456789", kind: "mobile_money", name: "Almaz Tsegay", country: "SD" },
  ], [
    // Two pay-ins of similar value the same morning; only the code words tell which payout settles which.
    { id: "IN1", ts: "2025-02-03 09:00:00", from: "iban:DE89370400440532013000", to: "hawala:Frankfurt Hawala/Tesfay Gebremedhin", amount: 2000, currency: "EUR", value: 2200, reference: "Selam 101" },
    { id: "IN2", ts: "2025-02-03 09:30:00", from: "iban:DE02120300000000202051", to: "hawala:Frankfurt Hawala/Saba Tekle", amount: 2000, currency: "EUR", value: 2200, reference: "Tena 55" },
    { id: "OUT2", ts: "2025-02-03 20:00:00", from: "hawala:Khartoum Exchange/Almaz Tsegay", to: "wallet:+249923456789", amount: 4000000, currency: "SDG", value: 2110, reference: "tena 55" },
    { id: "OUT1", ts: "2025-02-04 05:00:00", from: "hawala:Khartoum Exchange/Kidane Weldemariam", to: "wallet:+249912345678", amount: 3990000, currency: "SDG", value: 2100, reference: "Selam 101" },
    // A payout with no matching code word: amount and time alone are not enough.
    { id: "OUT3", ts: "2025-02-03 12:00:00", from: "hawala:Khartoum Exchange/Almaz Tsegay", to: "wallet:+249923456789", amount: 4000000, currency: "SDG", value: 2150, reference: "Mariam 9" },
  ]);
  db.close();
});

describe("hawala", () => {
  it("bridges each pay-in to the payout with its code word, as an inferred transfer with evidence", async () => {
    const doc = json(await cli(["hawala", "--db", dbPath, "--json"]));
    expect(doc.bridges.map((b: { in_tx: string; out_tx: string }) => [b.in_tx, b.out_tx])).toEqual([["IN1", "OUT1"], ["IN2", "OUT2"]]);
    const b1 = doc.bridges[0];
    expect(b1.tx_id).toBe("inferred:hawala/IN1/OUT1");
    expect(b1.from_account).toBe("hawala:Frankfurt Hawala/Tesfay Gebremedhin");
    expect(b1.to_account).toBe("hawala:Khartoum Exchange/Kidane Weldemariam");
    expect(b1.evidence.join(" | ")).toContain('both legs carry the code word "Selam 101"');
    expect(b1.evidence.join(" | ")).toContain("corridor DE → SD");
    expect(b1.confidence).toBeGreaterThan(0.8);
    // 2,200 arrived at A, 2,100 paid by B: the 100 commission is the bridge's fee.
    const row = json(await cli(["sql", "SELECT CAST(timestamp AS VARCHAR) AS ts, value_out, value_in, inferred FROM transfers WHERE tx_id = 'inferred:hawala/IN1/OUT1'", "--db", dbPath, "--json"]));
    expect(row.rows).toEqual([{ ts: "2025-02-03 09:00:00", value_out: "2200.00", value_in: "2100.00", inferred: true }]);
  });

  it("inferredLinks(db) gives other stages each bridge's confidence and evidence", async () => {
    const { openCase } = await import("../src/db/connect.js");
    const { inferredLinks } = await import("../src/hawala/inferredLinks.js");
    const db = await openCase(dbPath, { readOnly: true });
    const links = await inferredLinks(db);
    db.close();
    expect([...links.keys()]).toEqual(["inferred:hawala/IN1/OUT1", "inferred:hawala/IN2/OUT2"]);
    expect(links.get("inferred:hawala/IN1/OUT1")!.evidence[0]).toBe('both legs carry the code word "Selam 101"');
  });

  it("running again replaces the bridges rather than adding more", async () => {
    await cli(["hawala", "--db", dbPath, "--json"]);
    const n = json(await cli(["sql", "SELECT count(*) AS n FROM transfer_records WHERE inferred", "--db", dbPath, "--json"]));
    expect(n.rows).toEqual([{ n: "2" }]);
    // tx_id is not a PRIMARY KEY: nothing but the replace keeps a re-run from repeating ids
    const dup = json(await cli(["sql", "SELECT count(*) - count(DISTINCT tx_id) AS d FROM transfer_records", "--db", dbPath, "--json"]));
    expect(dup.rows).toEqual([{ d: "0" }]);
  });

  it("exports mark the bridge as inferred, with its confidence and evidence", async () => {
    const out = join(dir, "t.csv");
    await cli(["export", "--db", dbPath, "--format", "csv", "--out", out]);
    const line = readFileSync(out, "utf8").split("\n").find((l) => l.startsWith("inferred:hawala/IN1/OUT1"))!;
    expect(line).toContain(",true,");
    expect(line).toContain("code word");
  });
});

describe("hawala, from brokers' own ledgers", () => {
  it("bridges a client's pay-in in broker A's ledger to the payout in broker B's ledger", async () => {
    const path = join(tmpDir(), "ledgers.duckdb");
    const db = await buildCase(path, [
      { id: "hawala:Selam Money Service", kind: "hawala", country: "SE" },
      { id: "hawala:Selam Money Service/Mehari Tekle", kind: "hawala", name: "Mehari Tekle", country: "SE" },
      { id: "hawala:Al Amin Hawala", kind: "hawala", country: "SD" },
      { id: "hawala:Al Amin Hawala/Walid", kind: "hawala", name: "Walid", country: "SD" },
    ], [
      // As `ingest --format hawala` writes them: IN is client → keeper, OUT keeper → client;
      // the reference joins code word, counterpart broker, phone.
      { id: "A-17", ts: "2025-03-01 10:00:00", from: "hawala:Selam Money Service/Mehari Tekle", to: "hawala:Selam Money Service", amount: 30000, currency: "SEK", value: 2900, reference: "Asmara 7 | Al Amin Hawala | +46701234567" },
      { id: "B-903", ts: "2025-03-02 08:00:00", from: "hawala:Al Amin Hawala", to: "hawala:Al Amin Hawala/Walid", amount: 7000000, currency: "SDG", value: 2780, reference: "Asmara 7 | Selam | +249912345678" },
    ]);
    db.close();
    const doc = json(await cli(["hawala", "--db", path, "--json"]));
    expect(doc.bridges).toHaveLength(1);
    expect(doc.bridges[0].tx_id).toBe("inferred:hawala/A-17/B-903");
    expect(doc.bridges[0].from_account).toBe("hawala:Selam Money Service");
    expect(doc.bridges[0].to_account).toBe("hawala:Al Amin Hawala");
    const evidence = doc.bridges[0].evidence.join(" | ");
    expect(evidence).toContain('both legs carry the code word "Asmara 7"');
    expect(evidence).toContain("the pay-in's record names Al Amin Hawala as counterpart");
  });
});
