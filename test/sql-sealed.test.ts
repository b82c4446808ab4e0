// `flowtrace sql` runs on a sealed, read-only connection (docs/security.md): every attack of
// issue 18 exits 1 with one line saying why, writes nothing, reads nothing but the case, makes
// no network request, and leaves this case and another case byte-identical.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, json } from "./util/cli.js";
import { makeCase } from "./util/case.js";

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("sql is read-only and sealed", () => {
  let db = "";
  let other = "";
  let dir = "";
  let server: Server;
  let port = 0;
  let connections = 0;

  beforeAll(async () => {
    const c = await makeCase({
      transfers: [{ tx_id: "t1", timestamp: "2024-01-01T00:00:00Z", from_account: "a", to_account: "b", amount: "10.00", currency: "USD" }],
    });
    db = c.db;
    dir = c.dir;
    other = join(dir, "other.duckdb");
    copyFileSync(db, other);
    // Anything that tries the network lands here (and is counted), instead of failing silently.
    server = createServer((s) => { connections++; s.destroy(); });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const attacks = () => [
    ["copy over the case file", `COPY (SELECT 1) TO '${db}' (FORMAT csv)`, /COPY statement/],
    ["copy to /tmp", `COPY (SELECT 1) TO '${join(dir, "t.parquet")}' (FORMAT parquet)`, /file system operations are disabled/],
    ["export database", `EXPORT DATABASE '${join(dir, "exported")}'`, /file system operations are disabled|EXPORT/],
    ["attach another case", `ATTACH '${other}' AS v (READ_WRITE)`, /ATTACH statement/],
    ["attach and delete", `ATTACH '${other}' AS v (READ_WRITE); DELETE FROM v.sources`, /one statement per call/],
    ["read a host file", "SELECT * FROM read_text('/etc/passwd')", /file system operations are disabled/],
    ["list a host folder", "SELECT * FROM glob('/root/*')", /file system operations are disabled/],
    ["install from a server", `INSTALL httpfs FROM 'http://127.0.0.1:${port}/'`, /INSTALL or LOAD statement/],
    ["load an extension", "LOAD httpfs", /INSTALL or LOAD statement/],
    ["read over http", `SELECT * FROM read_csv('http://127.0.0.1:${port}/x')`, /file system operations are disabled/],
    ["two statements", "SELECT 1; SELECT 2", /one statement per call, the query has 2/],
    ["unlock the configuration", "SET enable_external_access = true", /SET statement/],
    ["pragma that sets", "PRAGMA threads = 1", /SET statement/],
    ["delete", "DELETE FROM meta", /DELETE statement/],
    ["create", "CREATE TEMP TABLE x AS SELECT 1", /CREATE statement/],
    ["empty", "  ", /no sql statement given/],
  ] as const;

  it("refuses every attack with exit 1 and one line, and both cases stay byte-identical", async () => {
    const before = [sha(db), sha(other)];
    const files = readdirSync(dir).sort();
    for (const [name, query, why] of attacks()) {
      const r = await cli(["sql", query, "--db", db]);
      expect(r.code, name).toBe(1);
      const lines = r.stderr.trim().split("\n");
      expect(lines, name).toHaveLength(1);
      expect(lines[0], name).toMatch(why);
      expect(r.stdout, name).toBe("");
    }
    expect([sha(db), sha(other)]).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(files);
    expect(existsSync(join(dir, "t.parquet"))).toBe(false);
    expect(connections).toBe(0);
  });

  it("still answers reading queries: SELECT, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN", async () => {
    expect(json(await cli(["sql", "SELECT count(*) AS n FROM transfers", "--db", db, "--json"])).rows).toEqual([{ n: "1" }]);
    for (const q of ["DESCRIBE meta", "SHOW TABLES", "SUMMARIZE transfers", "EXPLAIN SELECT 1", "SELECT 1;"]) {
      expect((await cli(["sql", q, "--db", db])).code, q).toBe(0);
    }
    // the session really is sealed (a SELECT can read settings, not change them)
    const s = json(await cli(["sql", "SELECT current_setting('enable_external_access') AS ext, current_setting('lock_configuration') AS locked, current_setting('TimeZone') AS tz", "--db", db, "--json"]));
    expect(s.rows).toEqual([{ ext: false, locked: true, tz: "UTC" }]);
  });
});
