import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, json } from "./util/cli.js";
import { makeCase } from "./util/case.js";
import { tmpDir } from "./util/tmp.js";

const HEADER = "tx_id,timestamp,from_account,to_account,amount,currency";

async function sql<T = Record<string, string>>(db: string, query: string): Promise<T[]> {
  return json(await cli(["sql", query, "--db", db, "--json"])).rows as T[];
}

describe("flowtrace ingest (canonical CSV)", () => {
  it("ingest FILE --json reports rows_read = rows_loaded + rows_quarantined per file", async () => {
    const dir = tmpDir();
    const file = join(dir, "t.csv");
    writeFileSync(file, `${HEADER}\nt1,2024-03-01T10:00:00Z,a,b,10.00,USD\nt2,2024-02-30T00:00:00Z,a,b,5,USD\n`);
    const r = json(await cli(["ingest", file, "--db", join(dir, "c.duckdb"), "--json"]));
    expect(r.sources).toHaveLength(1);
    const s = r.sources[0];
    expect(s).toMatchObject({ path: file, format: "canonical-transfers", rows_read: 2, rows_loaded: 1, rows_quarantined: 1, already_loaded: false });
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps text exactly: Ge'ez names, <script>, =HYPERLINK(", async () => {
    const c = await makeCase({
      accounts: [{ account_id: "wallet:+251911000001", kind: "mobile_money", holder_name: "ተስፋይ ገብረመድህን" }],
      transfers: [{ tx_id: "t1", timestamp: "2024-03-01T10:00:00Z", from_account: "wallet:+251911000001", to_account: "b",
        amount: "10", currency: "USD", reference: '<script>alert("x")</script>', channel: '=HYPERLINK("http://x","y")' }],
    });
    const [t] = await sql(c.db, "SELECT reference, channel FROM transfers");
    expect(t).toEqual({ reference: '<script>alert("x")</script>', channel: '=HYPERLINK("http://x","y")' });
    const [a] = await sql(c.db, "SELECT holder_name FROM accounts WHERE account_id = 'wallet:+251911000001'");
    expect(a!.holder_name).toBe("ተስፋይ ገብረመድህን");
  });
});
