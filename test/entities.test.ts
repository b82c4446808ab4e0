import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "./fixtures/statements/buildCase.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const dir = tmpDir();
const dbPath = join(dir, "case.duckdb");

beforeAll(async () => {
  const db = await buildCase(dbPath, [
    // One collector, three accounts: two wallets under spelling variants, an MTO pickup reference with his number.
    { id: "wallet:+251911234567", kind: "mobile_money", name: "Kidane Weldemariam Tesfay", country: "ET" },
    { id: "wallet:+251911999999", kind: "mobile_money", name: "Kidane Woldemariam Tesfai", country: "ET" },
    { id: "mto:WU/+251911234567", kind: "mto", name: "K. Weldemariam", country: "ET" },
    // Another man with the same given name: not him.
    { id: "wallet:+251922222222", kind: "mobile_money", name: "Kidane Berhe", country: "ET" },
    // Arabic transliterations of one broker's name.
    { id: "wallet:+971501234567", kind: "mobile_money", name: "Mohammed Abdelrahman Osman", country: "AE" },
    { id: "bank:ENBD/1015123456", kind: "bank", name: "Muhammad Abdul Rahman Osman", country: "AE" },
    { id: "wallet:+249912345678", kind: "mobile_money", name: "Ibrahim Adam", country: "SD" },
    { id: "wallet:+211912345678", kind: "mobile_money", name: "Yousef Haroun", country: "SS" },
    { id: "service:telebirr-pool", kind: "service", name: "telebirr settlement" },
    // Two names only, the same on two wallets: namesakes as often as one person.
    { id: "wallet:+254728340373", kind: "mobile_money", name: "Brian Wanjiru", country: "KE" },
    { id: "wallet:+254798025176", kind: "mobile_money", name: "Brian Wanjiru", country: "KE" },
    // Namesakes with a full name and nothing else in common.
    { id: "wallet:+251933333333", kind: "mobile_money", name: "Dawit Haile Mariam", country: "ET" },
    { id: "iban:SE4550000000058398257466", kind: "bank", name: "Dawit Hailemariam", country: "SE" },
  ], [
    // Both of Kidane's wallets forward to the same broker: the records corroborate the names.
    { id: "K1", ts: "2025-02-03 10:00:00", from: "wallet:+251911234567", to: "wallet:+971501234567", amount: 900 },
    { id: "K2", ts: "2025-02-04 10:00:00", from: "wallet:+251911999999", to: "wallet:+971501234567", amount: 800 },
    // The broker moves money from his wallet to his bank account.
    { id: "B1", ts: "2025-02-05 10:00:00", from: "wallet:+971501234567", to: "bank:ENBD/1015123456", amount: 1600 },
    // Everyone uses the same settlement pool: that proves nothing.
    { id: "P1", ts: "2025-02-06 10:00:00", from: "wallet:+251933333333", to: "service:telebirr-pool", amount: 10 },
    { id: "P2", ts: "2025-02-06 11:00:00", from: "iban:SE4550000000058398257466", to: "service:telebirr-pool", amount: 10 },
  ]);
  db.close();
});

type Entity = { entity_id: string; name: string; accounts: string[]; links: { kind: string; confidence: number; evidence: string[]; decision: string }[] };

describe("entities", () => {
  it("groups a collector's accounts by shared phone and spelling-variant names, with evidence", async () => {
    const doc = json<{ entities: Entity[] }>(await cli(["entities", "--db", dbPath, "--json"]));
    const kidane = doc.entities.find((e) => e.accounts.includes("wallet:+251911234567"))!;
    expect(kidane.accounts).toEqual(["mto:WU/+251911234567", "wallet:+251911234567", "wallet:+251911999999"]);
    const evidence = kidane.links.flatMap((l) => l.evidence).join(" | ");
    expect(evidence).toContain("both accounts carry the phone number +251911234567");
    expect(evidence).toMatch(/"Kidane Weldemariam Tesfay" and "Kidane Woldemariam Tesfai" are alike/);
    expect(evidence).toContain("both accounts dealt with 1 of the same people's accounts");
    // Alike names with nothing else in common stay apart.
    expect(doc.entities.some((e) => e.accounts.includes("wallet:+251933333333"))).toBe(false);
    expect(doc.entities.some((e) => e.accounts.includes("wallet:+251922222222"))).toBe(false);
    const broker = doc.entities.find((e) => e.accounts.includes("bank:ENBD/1015123456"))!;
    expect(broker.accounts).toEqual(["bank:ENBD/1015123456", "wallet:+971501234567"]);
    expect(broker.links.flatMap((l) => l.evidence).join(" | ")).toContain("money moved directly between the two accounts (1 transfer)");
    // Identical two-part names are a link to look at, not a merge.
    expect(doc.entities.some((e) => e.accounts.includes("wallet:+254728340373"))).toBe(false);
    const table = json(await cli(["sql", "SELECT count(DISTINCT entity_id) AS n, count(*) AS accounts FROM account_entity WHERE entity_accounts > 1", "--db", dbPath, "--json"]));
    expect(table.rows).toEqual([{ n: "2", accounts: "5" }]);
  });

  it("the investigator's links file rejects a computed link and confirms a new one", async () => {
    const links = join(dir, "links.csv");
    writeFileSync(links, [
      "account_a,account_b,decision,note",
      "wallet:+971501234567,bank:ENBD/1015123456,reject,different fathers per passport copies",
      "wallet:+249912345678,wallet:+211912345678,confirm,same SIM seen in both phones",
    ].join("\n") + "\n");
    const doc = json<{ entities: Entity[] }>(await cli(["entities", "--db", dbPath, "--json", "--links", links]));
    expect(doc.entities.some((e) => e.accounts.includes("bank:ENBD/1015123456"))).toBe(false);
    const confirmed = doc.entities.find((e) => e.accounts.includes("wallet:+249912345678"))!;
    expect(confirmed.accounts).toEqual(["wallet:+211912345678", "wallet:+249912345678"]);
    expect(confirmed.links[0]!.evidence[0]).toMatch(/confirmed by the investigator .* row 2\): same SIM/);
  });

  it("a bad decision in the links file exits 1 naming row and value", async () => {
    const links = join(dir, "bad.csv");
    writeFileSync(links, "account_a,account_b,decision\na,b,maybe\n");
    const r = await cli(["entities", "--db", dbPath, "--links", links]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("row 1");
    expect(r.stderr).toContain('"maybe"');
  });

  it("shared identifiers from a KYC file link accounts", async () => {
    const ids = join(dir, "ids.csv");
    writeFileSync(ids, "account_id,type,value\nwallet:+251922222222,national_id,ER-123456\nwallet:+249912345678,national_id,er-123456\n");
    const doc = json<{ entities: Entity[] }>(await cli(["entities", "--db", dbPath, "--json", "--identifiers", ids]));
    const e = doc.entities.find((x) => x.accounts.includes("wallet:+251922222222"))!;
    expect(e.accounts).toEqual(["wallet:+249912345678", "wallet:+251922222222"]);
    expect(e.links[0]!.evidence[0]).toContain("national_id ER-123456");
  });
});
