import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../src/cli/io.js";
import { openCase } from "../src/db/connect.js";
import { ingestFiles } from "../src/ingest/ingestFiles.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const HEADER = "tx_id,timestamp,from_account,to_account,amount,currency";

function transfersFile(dir: string, name: string, n: number, prefix = "t"): string {
  const lines = [HEADER];
  for (let i = 1; i <= n; i++) lines.push(`${prefix}${i},2024-03-01T10:00:${String(i % 60).padStart(2, "0")}Z,a${i % 7},b${i % 5},${i}.00,USD`);
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

async function counts(db: string) {
  const q = "SELECT (SELECT count(*) FROM sources) s, (SELECT count(*) FROM transfers) t, (SELECT count(*) FROM accounts) a, (SELECT count(*) FROM quarantine) q";
  return json(await cli(["sql", q, "--db", db, "--json"])).rows[0];
}

describe("ingest, file by file", () => {
  it("loading the same file again (same SHA-256, any name) loads nothing and says so", async () => {
    const dir = tmpDir();
    const db = join(dir, "c.duckdb");
    const f = transfersFile(dir, "a.csv", 3);
    const copy = transfersFile(dir, "copy-of-a.csv", 3);
    const first = json(await cli(["ingest", f, "--db", db, "--json"])).sources[0];
    const again = json(await cli(["ingest", f, copy, "--db", db, "--json"])).sources;
    expect(first).toMatchObject({ rows_loaded: 3, already_loaded: false });
    expect(again).toEqual([
      { path: f, sha256: first.sha256, format: "canonical-transfers", rows_read: 0, rows_loaded: 0, rows_quarantined: 0, already_loaded: true },
      { path: copy, sha256: first.sha256, format: "canonical-transfers", rows_read: 0, rows_loaded: 0, rows_quarantined: 0, already_loaded: true },
    ]);
    expect(await counts(db)).toMatchObject({ s: "1", t: "3" });
    const text = await cli(["ingest", f, "--db", db]);
    expect(text.stdout).toContain("already loaded");
  });

  it("an unrecognised file exits 1 naming the file and the missing columns; nothing of the command loads", async () => {
    const dir = tmpDir();
    const db = join(dir, "c.duckdb");
    const good = transfersFile(dir, "good.csv", 2);
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "tx_id,when,from_account,to_account,amount\nx,2024-01-01,a,b,1\n");
    const r = await cli(["ingest", good, bad, "--db", db, "--json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("bad.csv");
    expect(r.stderr).toContain("timestamp, currency");
    expect(await counts(db)).toMatchObject({ s: "0", t: "0" });
  });

  it("a missing file, an empty file and an unknown --format exit 1", async () => {
    const dir = tmpDir();
    const db = join(dir, "c.duckdb");
    const empty = join(dir, "empty.csv");
    writeFileSync(empty, "");
    const missing = await cli(["ingest", join(dir, "nope.csv"), "--db", db]);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining("nope.csv")]);
    const e = await cli(["ingest", empty, "--db", db]);
    expect([e.code, e.stderr]).toEqual([1, expect.stringContaining("no header row")]);
    const f = await cli(["ingest", transfersFile(dir, "a.csv", 1), "--format", "klingon", "--db", db]);
    expect([f.code, f.stderr]).toEqual([1, expect.stringContaining("unknown format: klingon")]);
  });

  it("a failure just before commit leaves the case exactly as it was", async () => {
    const dir = tmpDir();
    const db = join(dir, "c.duckdb");
    json(await cli(["ingest", transfersFile(dir, "first.csv", 2), "--db", db, "--json"]));
    const before = await counts(db);
    const second = transfersFile(dir, "second.csv", 50, "s");
    writeFileSync(second, "s0,2024-02-30,new1,new2,1,USD\n", { flag: "a" });
    const c = await openCase(db);
    try {
      await expect(ingestFiles(c, [second], { quiet: true, beforeCommit: () => { throw new Error("injected"); } }, memoryIo())).rejects.toThrow("injected");
    } finally {
      c.close();
    }
    expect(await counts(db)).toEqual(before);
    // and the file is not marked as loaded: it loads normally afterwards
    expect(json(await cli(["ingest", second, "--db", db, "--json"])).sources[0]).toMatchObject({ rows_loaded: 50, rows_quarantined: 1 });
  });

  it("killing the process mid-load (SIGKILL before commit) leaves the case as it was", async () => {
    const dir = tmpDir();
    const db = join(dir, "c.duckdb");
    json(await cli(["ingest", transfersFile(dir, "first.csv", 2), "--db", db, "--json"]));
    const before = await counts(db);
    const big = transfersFile(dir, "big.csv", 20000, "k");
    const cache = new URL("../node_modules/.cache/flowtrace-test/", import.meta.url).pathname;
    mkdirSync(cache, { recursive: true });
    const child = join(cache, "killChild.mjs");
    await build({ entryPoints: [new URL("./fixtures/ingest/killChild.ts", import.meta.url).pathname], bundle: true,
      platform: "node", format: "esm", packages: "external", outfile: child, logLevel: "silent" });
    const p = spawn(process.execPath, [child, db, big], { stdio: ["ignore", "pipe", "pipe"] });
    await new Promise<void>((resolve, reject) => {
      p.stdout.on("data", (d: Buffer) => { if (d.toString().includes("ready")) resolve(); });
      p.on("exit", (code) => reject(new Error(`child exited early (${code})`)));
    });
    const exited = new Promise((r) => p.on("exit", r));
    p.kill("SIGKILL");
    await exited;
    expect(await counts(db)).toEqual(before);
    expect(json(await cli(["ingest", big, "--db", db, "--json"])).sources[0]).toMatchObject({ rows_loaded: 20000, already_loaded: false });
  });

  it("records the source (SHA-256, size, format, options, loaded_at from the clock, counts) and a run-log entry", async () => {
    const dir = tmpDir();
    const db = join(dir, "c.duckdb");
    const f = transfersFile(dir, "a.csv", 2);
    json(await cli(["ingest", f, "--db", db, "--json", "--rate-source", "official"], new Date("2026-02-03T04:05:06Z")));
    const s = json(await cli(["sources", "--db", db, "--json"])).sources;
    expect(s).toEqual([expect.objectContaining({ source_id: 1, path: f, format: "canonical-transfers", record_kind: "transfers",
      options: { rate_source: "official" }, loaded_at: "2026-02-03T04:05:06Z", rows_read: 2, rows_loaded: 2, rows_quarantined: 0 })]);
    expect(s[0].size_bytes).toBeGreaterThan(100);
    const log = json(await cli(["sql", "SELECT command, options, tool_version, started_at, finished_at, summary FROM run_log", "--db", db, "--json"])).rows;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ command: "ingest", started_at: "2026-02-03 04:05:06", finished_at: "2026-02-03 04:05:06" });
    expect(JSON.parse(log[0].options)).toEqual({ files: [f], rate_source: "official" });
    expect(JSON.parse(log[0].summary).sources[0].rows_loaded).toBe(2);
  });

  it("prints progress (rows per second) on stderr, and nothing there with --json", async () => {
    const dir = tmpDir();
    const loud = await cli(["ingest", transfersFile(dir, "a.csv", 2), "--db", join(dir, "c1.duckdb")]);
    expect(loud.stderr).toMatch(/rows\/s/);
    expect(loud.stdout).toContain("canonical-transfers");
    const quiet = await cli(["ingest", transfersFile(dir, "b.csv", 2), "--db", join(dir, "c2.duckdb"), "--json"]);
    expect(quiet.stderr).toBe("");
  });
});

describe("ingest exit codes", () => {
  it("a semicolon-separated file exits 1 saying the header is not comma-separated", async () => {
    const dir = tmpDir();
    const f = join(dir, "excel.csv");
    writeFileSync(f, "tx_id;timestamp;from_account;to_account;amount;currency\nt1;2024-03-01;a;b;1,00;EUR\n");
    const r = await cli(["ingest", f, "--db", join(dir, "c.duckdb")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("not comma-separated");
  });

  it("a reader that stages a row twice exits 2 and loads nothing", async () => {
    const { readers } = await import("../src/ingest/formats/index.js");
    const { exec } = await import("../src/db/sql.js");
    const { csvColumnsParam } = await import("../src/ingest/stageCsv.js");
    readers.push({
      name: "test-double-stager",
      async stage(ctx) {
        // stages each row as a transfer and as an FX rate: row counts would lie, so it must fail
        const columns = csvColumnsParam(ctx.path);
        await exec(ctx.db.conn, "ingest/csv_transfers_stage", { path: ctx.path, columns });
        await exec(ctx.db.conn, "ingest/csv_fx_stage", { path: ctx.path, columns });
        await exec(ctx.db.conn, "ingest/stage_transfers_number");
        await exec(ctx.db.conn, "ingest/stage_fx_number");
      },
    });
    try {
      const dir = tmpDir();
      const db = join(dir, "c.duckdb");
      const f = join(dir, "both.csv");
      writeFileSync(f, "tx_id,timestamp,from_account,to_account,amount,currency,date,rate_to_reporting\nt1,2024-03-01,a,b,1,USD,2024-03-01,1.1\n");
      const r = await cli(["ingest", f, "--format", "test-double-stager", "--db", db]);
      expect(r.code).toBe(2);
      expect(await counts(db)).toMatchObject({ s: "0", t: "0" });
    } finally {
      readers.pop();
    }
  });
});
