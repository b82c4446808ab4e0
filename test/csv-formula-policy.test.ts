// One CSV policy for formula-like text (issue 18, docs/security.md): every CSV the tool writes
// for a person (export --format csv, next-steps, ledger --csv) neutralises cells a spreadsheet
// would run, with the one function src/format/csvField.ts; amounts keep their sign; the
// Parquet export keeps text exactly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { csvField } from "../src/format/csvField.js";
import { cli } from "./util/cli.js";
import { makeCase } from "./util/case.js";

const CRAFTED = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\tTAB", "\rCR"];

describe("csvField", () => {
  it("puts an apostrophe before formula-like text and leaves numbers and other text alone", () => {
    expect(CRAFTED.map(csvField)).toEqual([`"'=HYPERLINK(""http://x"",""y"")"`, "'+cmd|' /C calc'!A0", "'@SUM(1+1)", "'-2+3", "'\tTAB", `"'\rCR"`]);
    expect(["-1668.00", "-1,668.00", "+5", "12", "a=b", "<script>"].map(csvField)).toEqual(["-1668.00", '"-1,668.00"', "+5", "12", "a=b", "<script>"]);
    expect([null, undefined, -5, 10n].map(csvField)).toEqual(["", "", "-5", "10"]);
  });
});

describe("every CSV the tool writes", () => {
  let db = "";
  let dir = "";
  let run = "";
  beforeAll(async () => {
    const c = await makeCase({
      accounts: [
        { account_id: "a", kind: "bank", holder_name: CRAFTED[0], institution: CRAFTED[2] },
        { account_id: "b", kind: "bank", holder_name: CRAFTED[1] },
      ],
      transfers: [
        { tx_id: "t1", timestamp: "2024-01-01T00:00:00Z", from_account: "a", to_account: "b", amount: "10.00", currency: "USD", reference: CRAFTED[2] },
        { tx_id: "t2", timestamp: "2024-01-02T00:00:00Z", from_account: "b", to_account: "c", amount: "10.00", currency: "USD", reference: CRAFTED[3] },
      ],
    });
    db = c.db;
    dir = c.dir;
    const t = await cli(["trace", "--seed-tx", "t1", "--db", db, "--json"]);
    expect(t.code, t.stderr).toBe(0);
    run = JSON.parse(t.stdout).run_id as string;
  });

  const noFormula = (text: string) => {
    // a cell starts after a line start or a comma, optionally inside a quote
    expect(text).not.toMatch(/(^|,|\n)"?[=+@]/);
    expect(text).not.toMatch(/(^|,|\n)"?-[^0-9]/);
  };

  it("export --format csv (transfers, accounts, ledger of a run)", async () => {
    const out = join(dir, "x.csv");
    for (const extra of [[], ["--run", run]]) {
      const r = await cli(["export", "--format", "csv", "--out", out, "--db", db, ...extra]);
      expect(r.code, r.stderr).toBe(0);
      for (const f of [out, out.replace(/\.csv$/, ".accounts.csv")]) {
        const text = readFileSync(f, "utf8");
        noFormula(text);
      }
      expect(readFileSync(out.replace(/\.csv$/, ".accounts.csv"), "utf8")).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    }
  });

  it("export --format next-steps", async () => {
    const out = join(dir, "steps.csv");
    const r = await cli(["export", "--format", "next-steps", "--out", out, "--run", run, "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    noFormula(readFileSync(out, "utf8"));
  });

  it("ledger --csv", async () => {
    const out = join(dir, "ledger.csv");
    const r = await cli(["ledger", "--run", run, "--csv", out, "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    noFormula(readFileSync(out, "utf8"));
  });
});

