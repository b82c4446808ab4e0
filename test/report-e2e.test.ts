// The report of a real trace: ingest canonical CSVs, trace them under two rules with the
// tracer, and check that the report shows the tracer's figures.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { money } from "../src/report/format.js";
import { makeCase } from "./util/case.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

let db: string;
let fifo: { run_id: string; totals: Record<string, number> };
let haircut: { run_id: string; totals: Record<string, number> };

beforeAll(async () => {
  const c = await makeCase({
    accounts: [
      { account_id: "wallet:+31612345678", kind: "mobile_money", holder_name: "ኣማኑኤል ተስፋይ", country: "NL" },
      { account_id: "wallet:+46701234567", kind: "mobile_money", holder_name: "<img src=x onerror=alert(1)>", country: "SE" },
      { account_id: "wallet:+254712345678", kind: "mobile_money", holder_name: "Yonas", institution: "Safaricom", country: "KE" },
      { account_id: "wallet:+251911000222", kind: "mobile_money", holder_name: "Kidane", institution: "telebirr", country: "ET" },
      { account_id: "bank:ENBD/1012345678", kind: "bank", holder_name: "Walid", institution: "Emirates NBD", country: "AE" },
      { account_id: "agent:Eastleigh-042", kind: "service", institution: "Safaricom agent", country: "KE" },
      { account_id: "wallet:+254700000001", kind: "mobile_money", holder_name: "School fees" },
    ],
    transfers: [
      { tx_id: "C1", timestamp: "2024-03-01T08:00:00Z", from_account: "wallet:+254700000001", to_account: "wallet:+254712345678", amount: 1000, currency: "USD" },
      { tx_id: "T1", timestamp: "2024-03-05T08:30:00Z", from_account: "wallet:+31612345678", to_account: "wallet:+254712345678", amount: 3000, currency: "USD", reference: "for <b>Dawit</b>" },
      { tx_id: "T2", timestamp: "2024-03-05T11:00:00Z", from_account: "wallet:+46701234567", to_account: "wallet:+254712345678", amount: 2500, currency: "USD" },
      { tx_id: "T4", timestamp: "2024-03-06T07:00:00Z", from_account: "wallet:+254712345678", to_account: "wallet:+251911000222", amount: 4000, currency: "USD" },
      { tx_id: "T5", timestamp: "2024-03-06T07:30:00Z", from_account: "wallet:+254712345678", to_account: "agent:Eastleigh-042", amount: 1300, currency: "USD" },
      { tx_id: "T8", timestamp: "2024-03-08T09:00:00Z", from_account: "wallet:+251911000222", to_account: "bank:ENBD/1012345678", amount: 3000, currency: "USD" },
      { tx_id: "T9", timestamp: "2024-03-08T15:00:00Z", from_account: "wallet:+251911000222", to_account: "wallet:+254712345678", amount: 800, currency: "USD" },
    ],
  });
  db = c.db;
  fifo = json(await cli(["trace", "--db", db, "--seed-tx", "T1,T2", "--method", "fifo", "--json"]));
  haircut = json(await cli(["trace", "--db", db, "--seed-tx", "T1,T2", "--method", "haircut", "--json"]));
});

describe("flowtrace report on a traced case", () => {
  it("shows the tracer's totals and both rules side by side", async () => {
    const out = join(tmpDir(), "r.html");
    const r = json(await cli(["report", "--db", db, "--run", fifo.run_id, "--out", out, "--json"]));
    expect(r.run_id).toBe(fifo.run_id);
    const h = readFileSync(out, "utf8");
    expect(h).toContain(`${money(fifo.totals.seeded!)} <span class="cur">USD</span>`);
    expect(h).toContain(`${money(fifo.totals.retained!)} <span class="cur">USD</span>`);
    expect(h).toMatch(/The rules side by side[\s\S]*haircut[\s\S]*fifo/);
    expect(h).toContain(money(haircut.totals.retained!));
    expect(h).toContain("Difference (adds up to the cent)");
    expect(h).not.toMatch(/<img/);
    expect(h).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("defaults to the latest run", async () => {
    const r = json(await cli(["report", "--db", db, "--out", join(tmpDir(), "r.html"), "--json"]));
    expect(r.run_id).toBe(haircut.run_id);
  });

  it("lists every traced transfer with its source row and the exit to the agent", async () => {
    const out = join(tmpDir(), "r.html");
    await cli(["report", "--db", db, "--run", fifo.run_id, "--out", out]);
    const h = readFileSync(out, "utf8");
    const table = h.slice(h.indexOf('id="transfers-table"'), h.indexOf("</table>", h.indexOf('id="transfers-table"')));
    for (const tx of ["T1", "T2", "T4", "T5", "T8"]) expect(table).toContain(`<td class="id">${tx}`);
    expect(table).toContain("transfers.csv:");
    expect(h).toMatch(/Where it was cashed out[\s\S]*?agent:Eastleigh-042/);
  });

  it("writes a pseudonymised copy with --redact and says so", async () => {
    const out = join(tmpDir(), "r.html");
    const r = json(await cli(["report", "--db", db, "--run", fifo.run_id, "--out", out, "--redact", "--json"]));
    expect(r.redacted).toBe(true);
    expect(readFileSync(out, "utf8")).toContain("pseudonymised copy");
  });

  it("reports a backward trace as where the target's money came from", async () => {
    const back = json(await cli(["trace", "--db", db, "--seed-account", "bank:ENBD/1012345678", "--direction", "backward", "--method", "fifo", "--json"]));
    const out = join(tmpDir(), "back.html");
    await cli(["report", "--db", db, "--run", back.run_id, "--out", out]);
    const h = readFileSync(out, "utf8");
    expect(h).toContain("traces <strong>backwards</strong>");
    expect(h).toMatch(/Where it came from[\s\S]*?Contributed/);
    expect(h).toMatch(/<text class="colhead"[^>]*>Target<\/text>/);
    expect(h).toContain(`${money(back.totals.seeded)} ${"USD"}`);
  });
});
