// Sealed bundles (docs/casework.md): a round trip gives back the same bytes; a wrong passphrase,
// a truncated bundle or one changed byte anywhere is exit 1 with one line, and nothing is written.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { caseworkCase } from "./util/caseworkCase.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

let db: string;
let dir: string;
let bundle: string;
let pass: string;
let report: string;

beforeAll(async () => {
  const c = await caseworkCase();
  db = c.db;
  dir = c.dir;
  expect((await cli(["trace", "--db", db, "--seed-tx", "T1,T2"])).code).toBe(0);
  report = join(dir, "report.html");
  expect((await cli(["report", "--db", db, "--out", report])).code).toBe(0);
  pass = join(dir, "pass.txt");
  writeFileSync(pass, "correct horse battery staple\n");
  bundle = join(tmpDir(), "case.ftb");
  const r = await cli(["bundle", "--db", db, report, "--out", bundle, "--passphrase-file", pass, "--json"]);
  expect(r.code, r.stderr).toBe(0);
});

const unbundleInto = async (file: string, passphraseFile = pass) => {
  const out = join(tmpDir(), "out");
  const r = await cli(["unbundle", file, "--out", out, "--passphrase-file", passphraseFile]);
  return { ...r, out };
};

describe("bundle", () => {
  it("has a plain manifest of what is inside, readable without the passphrase", async () => {
    const m = json(await cli(["unbundle", bundle, "--manifest", "--json"])).manifest;
    expect(m.files.map((f: { name: string; role: string }) => [f.name, f.role])).toEqual([["case.duckdb", "case"], ["report.html", "attachment"], ["custody.json", "custody-log"]]);
    expect(m.kdf).toMatchObject({ name: "scrypt", N: 131072, r: 8, p: 1 });
    expect(m.cipher.name).toBe("aes-256-gcm");
    expect(m.custody_head).toMatch(/^[0-9a-f]{64}$/);
    // The contents are encrypted: the report's text is not in the bundle.
    expect(readFileSync(bundle).includes(Buffer.from("Sources and integrity"))).toBe(false);
  });

  it("round-trips: the same bytes come back, and the case's custody log still verifies", async () => {
    const r = await unbundleInto(bundle);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(r.out).sort()).toEqual(["case.duckdb", "custody.json", "report.html"]);
    // (Buffer.equals: a deep comparison of a case file byte by byte takes minutes)
    expect(readFileSync(join(r.out, "report.html")).equals(readFileSync(report))).toBe(true);
    expect(readFileSync(join(r.out, "case.duckdb")).equals(readFileSync(db))).toBe(true);
    const log = JSON.parse(readFileSync(join(r.out, "custody.json"), "utf8"));
    expect(log.entries.map((e: { command: string[] }) => e.command[1])).toEqual(["trace"]);
    expect((await cli(["custody", "verify", "--db", join(r.out, "case.duckdb")])).code).toBe(0);
    // Never over files already there.
    const again = await cli(["unbundle", bundle, "--out", r.out, "--passphrase-file", pass]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^flowtrace: would overwrite a file/);
  });

  it("refuses a wrong passphrase with one line, writing nothing", async () => {
    const wrong = join(dir, "wrong.txt");
    writeFileSync(wrong, "correct horse battery stapler\n");
    const r = await unbundleInto(bundle, wrong);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`flowtrace: bundle does not open: wrong passphrase, or the bundle was changed or damaged (file ${bundle})\n`);
    expect(existsSync(r.out)).toBe(false);
  });

  it("refuses a truncated bundle, writing nothing", async () => {
    const bytes = readFileSync(bundle);
    const cut = join(tmpDir(), "cut.ftb");
    writeFileSync(cut, bytes.subarray(0, bytes.length - 100));
    const r = await unbundleInto(cut);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^flowtrace: bundle is truncated: \d+ bytes, expected \d+ \(file .*cut\.ftb\)\n$/);
    expect(existsSync(r.out)).toBe(false);
  });

  it("refuses a bundle with one bit flipped in the ciphertext, the tag or the manifest, writing nothing", async () => {
    const bytes = readFileSync(bundle);
    const manifestAt = bytes.indexOf(Buffer.from('"custody_head"'));
    for (const [where, at] of [["ciphertext", Math.floor(bytes.length / 2)], ["tag", bytes.length - 3], ["manifest", manifestAt + 20]] as const) {
      const flipped = Buffer.from(bytes);
      flipped[at] = flipped[at]! ^ 0x01;
      const file = join(tmpDir(), `${where}.ftb`);
      writeFileSync(file, flipped);
      const r = await unbundleInto(file);
      expect(r.code, where).toBe(1);
      expect(r.stderr.trim().split("\n"), where).toHaveLength(1);
      expect(r.stderr, where).toMatch(/^flowtrace: (bundle does not open: wrong passphrase, or the bundle was changed or damaged|not a flowtrace bundle: )/);
      expect(existsSync(r.out), where).toBe(false);
    }
  });

  it("asks for the passphrase outside the command line", async () => {
    const r = await cli(["unbundle", bundle, "--check"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^flowtrace: no passphrase: give --passphrase-file FILE or set FLOWTRACE_PASSPHRASE/);
    const short = join(dir, "short.txt");
    writeFileSync(short, "abc\n");
    const s = await cli(["bundle", "--db", db, "--out", join(tmpDir(), "x.ftb"), "--passphrase-file", short]);
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/passphrase too short/);
  });
});
