import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TOOL_VERSION } from "../src/version.js";
import { commands } from "../src/cli/commands/index.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

describe("flowtrace cli", () => {
  it("flowtrace --help lists every command and exits 0", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.stdout).toContain(c.command.split(" ")[0]);
  });

  it("every command has --help with a description", async () => {
    for (const c of commands) {
      const r = await cli([c.command.split(" ")[0]!, "--help"]);
      expect(r.code, c.command).toBe(0);
      expect(r.stdout).toContain(c.describe.slice(0, 20));
    }
  });

  it("an unknown command exits 1 with a one-line message on stderr", async () => {
    const r = await cli(["no-such-command"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("an invalid choice exits 1 with a one-line message naming the option and the value", async () => {
    const r = await cli(["trace", "--seed-tx", "t1", "--method", "bogus"]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("method");
    expect(lines[0]).toContain("bogus");
  });

  it("sql on a missing case exits 1 naming the file", async () => {
    const db = join(tmpDir(), "missing.duckdb");
    const r = await cli(["sql", "SELECT 1", "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("missing.duckdb");
  });

  it("sql --json prints columns and rows, and is read-only", async () => {
    const db = join(tmpDir(), "case.duckdb");
    const { openCase } = await import("../src/db/connect.js");
    (await openCase(db, { currency: "EUR" })).close();
    const doc = json(await cli(["sql", "SELECT value FROM meta WHERE key = 'reporting_currency'", "--db", db, "--json"]));
    expect(doc).toEqual({ columns: ["value"], rows: [{ value: "EUR" }] });
    const w = await cli(["sql", "DELETE FROM meta", "--db", db]);
    expect(w.code).toBe(1);
  });

  it("every command is documented in the README's command table", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const c of commands) expect(readme, c.command).toContain("`" + c.command.split(" ")[0]);
  });

  it("the tool version matches package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});
