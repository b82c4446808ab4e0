// The custody log (docs/casework.md): one hash-chained entry per command that changed the case,
// and `custody verify` finding a row edited with plain DuckDB, or an edited entry.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { caseworkCase } from "./util/caseworkCase.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

/** Run SQL on a case file with DuckDB itself, as someone working around flowtrace would. */
async function plainDuckdb(path: string, sql: string): Promise<void> {
  const inst = await DuckDBInstance.create(path);
  const c = await inst.connect();
  try {
    await c.run(sql);
  } finally {
    c.closeSync();
    inst.closeSync();
  }
}

let db: string;
let dir: string;
let seeds: string;

beforeAll(async () => {
  const c = await caseworkCase(); // ingested without the CLI: the log starts at the first command
  dir = c.dir;
  seeds = join(dir, "seeds.csv");
  writeFileSync(seeds, "tx_id\nT1\nT2\n");
  db = join(dir, "logged.duckdb");
  copyFileSync(c.db, db);
  expect((await cli(["trace", "--db", db, "--seed-file", seeds, "--json"])).code).toBe(0);
  expect((await cli(["note", "--db", db, "T1", "first ransom", "--author", "anna"])).code).toBe(0);
  expect((await cli(["report", "--db", db, "--out", join(dir, "r.html")])).code).toBe(0); // changes nothing
  expect((await cli(["note", "--db", db, "list"])).code).toBe(0); // changes nothing
});

describe("custody log", () => {
  it("has one entry per command that changed the case, chained, with files and digests", async () => {
    const log = json(await cli(["custody", "--db", db, "--json"]));
    expect(log.entries.map((e: { command: string[] }) => e.command.slice(1, 2)[0])).toEqual(["trace", "note"]);
    const [trace, note] = log.entries;
    expect(trace).toMatchObject({ seq: 1, at: "2026-01-01T00:00:00.000Z", tool_version: expect.any(String), exit_code: 0, prev_hash: "0".repeat(64) });
    expect(trace.files).toEqual([{ path: seeds, role: "input", sha256: expect.stringMatching(/^[0-9a-f]{64}$/), bytes: 12 }]);
    expect(trace.tables_after.trace_runs).toMatch(/^1:/);
    expect(trace.tables_before.trace_runs).toMatch(/^0:/);
    expect(note).toMatchObject({ seq: 2, author: "anna", prev_hash: trace.hash });
    expect(note.tables_before).toEqual(trace.tables_after);
    expect(log.head).toBe(note.hash);
    const ok = await cli(["custody", "verify", "--db", db]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(`custody log intact: 2 entries, head ${note.hash}\n`);
  });

  it("prints the chain's head in the report's sources section", () => {
    const html = readFileSync(join(dir, "r.html"), "utf8");
    const head = html.match(/Custody log head<\/td><td class="hash">([0-9a-f]{64}) \(entry 2,/);
    expect(head).not.toBeNull();
  });

  it("finds a row edited with plain DuckDB after the last entry, and names that entry", async () => {
    const copy = join(tmpDir(), "edited.duckdb");
    copyFileSync(db, copy);
    await plainDuckdb(copy, "UPDATE transfer_records SET amount = amount + 1 WHERE tx_id = 'T2'");
    const r = await cli(["custody", "verify", "--db", copy]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`flowtrace: custody log does not match: entry 2: the case no longer holds what this command left (tables transfer_records changed outside flowtrace) (file ${copy})\n`);
  });

  it("names the first entry after an outside edit once later commands have run", async () => {
    const copy = join(tmpDir(), "edited-then-used.duckdb");
    copyFileSync(db, copy);
    await plainDuckdb(copy, "DELETE FROM case_note_versions WHERE note_id = 1");
    expect((await cli(["note", "--db", copy, "T2", "second ransom"])).code).toBe(0);
    const r = JSON.parse((await cli(["custody", "verify", "--db", copy, "--json"])).stdout);
    expect(r).toMatchObject({ ok: false, entries: 3, firstBad: 3 });
    expect(r.problem).toBe("entry 3: the case changed outside flowtrace before this command (tables case_note_versions)");
    expect((await cli(["custody", "verify", "--db", copy])).code).toBe(1);
  });

  it("finds an edited log entry by its broken hash", async () => {
    const copy = join(tmpDir(), "log-edited.duckdb");
    copyFileSync(db, copy);
    await plainDuckdb(copy, "UPDATE custody_log SET author = 'mallory' WHERE seq = 1");
    const r = await cli(["custody", "verify", "--db", copy]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^flowtrace: custody log does not match: entry 1: its contents no longer match its hash \(the log was edited\)/);
  });

  it("works on a case made before the casework tables, and adds them at its first writing command", async () => {
    const old = join(tmpDir(), "old.duckdb");
    copyFileSync(join(dir, "case.duckdb"), old);
    await plainDuckdb(old, [
      "DROP VIEW case_notes_excluded_accounts", "DROP VIEW case_labels", "DROP VIEW case_notes",
      "DROP TABLE case_note_versions", "DROP TABLE custody_log", "UPDATE meta SET value = '2:older' WHERE key = 'schema_stamp'",
    ].join("; "));
    expect(json(await cli(["note", "--db", old, "list", "--json"]))).toEqual({ notes: [] });
    expect(json(await cli(["custody", "verify", "--db", old, "--json"]))).toMatchObject({ ok: true, entries: 0 });
    expect((await cli(["note", "--db", old, "T1", "first ransom"])).code).toBe(0);
    const log = json(await cli(["custody", "--db", old, "--json"]));
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0].tables_before.case_note_versions).toBeUndefined();
    expect(log.entries[0].tables_after.case_note_versions).toMatch(/^1:/);
    expect((await cli(["custody", "verify", "--db", old])).code).toBe(0);
  });
});
