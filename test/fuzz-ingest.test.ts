// Fuzzing ingest (issue 18, docs/security.md): valid files of each format, mutated (quotes,
// delimiters, encodings, truncation, repeated or missing columns, extreme values), must never
// crash the tool: ingest exits 0 or 1 (never 2); a load that fails leaves the case as it was; a
// load that succeeds accounts for every row it read (rows_read = rows_loaded +
// rows_quarantined, and the case holds exactly that many rows of the source); mutations that
// keep the rows' shape keep their number; and detect and trace on the result exit 0 or 1.
//
// Small by default for a 2-core machine (a fixed seed, 10 runs per format: about a minute of CPU):
// FLOWTRACE_FUZZ_RUNS=500 (and FLOWTRACE_FUZZ_SEED=n) for a longer soak.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { openCase } from "../src/db/connect.js";
import { cli } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const RUNS = Number(process.env.FLOWTRACE_FUZZ_RUNS ?? 10);
const SEED = Number(process.env.FLOWTRACE_FUZZ_SEED ?? 18);
const CHUNK = 2;
const fixture = (name: string) => readFileSync(new URL(`./fixtures/formats/${name}`, import.meta.url));

const CANONICAL = Buffer.from([
  "tx_id,timestamp,from_account,to_account,amount,currency,reference",
  "t1,2024-03-01T08:00:00Z,wallet:+254700000001,wallet:+254700000002,1500.00,USD,first",
  "t2,2024-03-01T09:00:00+03:00,wallet:+254700000002,wallet:+254700000003,\"1,000.00\",USD,\"quoted, with comma\"",
  "t3,2024-03-01T10:00:00Z,wallet:+254700000002,bank:X/1,400.00,USD,",
  "t4,2024-03-02T10:00:00Z,bank:X/1,bank:Y/2,399.99,USD,onward",
  "t5,2024-03-03T10:00:00Z,bank:Y/2,cash:out,399.99,USD,\"multi",
  "line\"",
  "",
].join("\n"));

/** [name, file name, content, extra ingest options]. */
const FORMATS: [string, string, Buffer, string[]][] = [
  ["canonical transfers CSV", "transfers.csv", CANONICAL, []],
  ["M-Pesa statement", "mpesa.csv", fixture("mpesa-statement.csv"), []],
  ["telebirr export", "telebirr.csv", fixture("telebirr.csv"), ["--currency", "ETB"]],
  ["MTO export", "mto.csv", fixture("mto.csv"), []],
  ["hawala ledger", "hawala.csv", fixture("hawala.csv"), ["--format", "hawala", "--owner", "hawala:Nairobi Abdi"]],
  ["SWIFT MT103", "mt103.fin", fixture("mt103.fin"), []],
];

const EXTREME = ["infinity", "-infinity", "epoch", "-2024-01-01", "24-01-01", "2024-01-01T00:00:00+25:00", "1e3", "2.5E2", "1_000",
  "9999999999999999.99", "-5.00", "0", "", " ", "\"", "\"\"", "=HYPERLINK(\"x\")", "NaN", "99999999999999999999999999999999999999",
  "0.001", "x".repeat(5000), "\u0000", "ተስፋይ", "\uFEFF"];

type Mutation =
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "truncate"; at: number }
  | { kind: "replaceField"; line: number; field: number; value: string }
  | { kind: "delimiter"; to: string }
  | { kind: "crlf" }
  | { kind: "latin1" }
  | { kind: "repeatHeaderColumn"; field: number }
  | { kind: "dropHeaderColumn"; field: number }
  | { kind: "duplicateLine"; line: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.constantFrom("\"", ",", "\n", "\r", "\"\n", ";", "\t", "\u0000", "\xff", "-}", "{1:F01") }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("replaceField" as const), line: fc.nat(), field: fc.nat(), value: fc.constantFrom(...EXTREME) }),
  fc.record({ kind: fc.constant("delimiter" as const), to: fc.constantFrom(";", "\t", "|") }),
  fc.constant({ kind: "crlf" as const }),
  fc.constant({ kind: "latin1" as const }),
  fc.record({ kind: fc.constant("repeatHeaderColumn" as const), field: fc.nat() }),
  fc.record({ kind: fc.constant("dropHeaderColumn" as const), field: fc.nat() }),
  fc.record({ kind: fc.constant("duplicateLine" as const), line: fc.nat() }),
);

/** The header line's index: the first line with at least two commas (statements have a preamble). */
const headerIndex = (lines: string[]) => Math.max(0, lines.findIndex((l) => l.split(",").length > 2));

function mutate(content: Buffer, m: Mutation): Buffer {
  const text = content.toString("utf8");
  const lines = text.split("\n");
  const h = headerIndex(lines);
  const pick = (n: number, len: number) => (len === 0 ? 0 : n % len);
  switch (m.kind) {
    case "insert": {
      const at = pick(m.at, content.length + 1);
      return Buffer.concat([content.subarray(0, at), Buffer.from(m.text, "latin1"), content.subarray(at)]);
    }
    case "delete": {
      const at = pick(m.at, content.length);
      return Buffer.concat([content.subarray(0, at), content.subarray(at + m.length)]);
    }
    case "truncate":
      return content.subarray(0, pick(m.at, content.length));
    case "replaceField": {
      const i = h + 1 + pick(m.line, Math.max(1, lines.length - h - 2));
      const fields = (lines[i] ?? "").split(",");
      fields[pick(m.field, fields.length)] = m.value;
      lines[i] = fields.join(",");
      return Buffer.from(lines.join("\n"));
    }
    case "delimiter":
      return Buffer.from(text.replace(/,/g, m.to));
    case "crlf":
      return Buffer.from(text.replace(/\n/g, "\r\n"));
    case "latin1":
      return Buffer.from(text, "latin1");
    case "repeatHeaderColumn": {
      const f = lines[h]!.split(",");
      f.push(f[pick(m.field, f.length)]!);
      lines[h] = f.join(",");
      return Buffer.from(lines.join("\n"));
    }
    case "dropHeaderColumn": {
      const f = lines[h]!.split(",");
      f.splice(pick(m.field, f.length), 1);
      lines[h] = f.join(",");
      return Buffer.from(lines.join("\n"));
    }
    case "duplicateLine": {
      const i = h + 1 + pick(m.line, Math.max(1, lines.length - h - 2));
      lines.splice(i, 0, lines[i] ?? "");
      return Buffer.from(lines.join("\n"));
    }
  }
}

/** What a case holds, to compare before and after a load that failed. */
async function caseContent(db: string): Promise<string> {
  const r = await cli(["sql", "SELECT (SELECT count(*) FROM sources) AS s, (SELECT count(*) FROM transfer_records) AS t, (SELECT count(*) FROM account_records) AS a, (SELECT count(*) FROM quarantine) AS q, (SELECT count(*) FROM fx_rates) AS f", "--db", db, "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe("fuzzed files never crash the tool and never lose a row", () => {
  let template = "";
  let empty = "";
  beforeAll(async () => {
    template = join(tmpDir(), "empty.duckdb");
    (await openCase(template)).close();
    empty = await caseContent(template);
  });

  // runs in chunks of CHUNK (each its own test, with its own seed), so a soak of hundreds of
  // runs needs no longer test timeout
  const chunks = Array.from({ length: Math.ceil(RUNS / CHUNK) }, (_, i) => Math.min(CHUNK, RUNS - i * CHUNK));
  for (const [name, fileName, content, options] of FORMATS) for (const [chunk, runs] of chunks.entries()) {
    it(`${name}: ${runs} mutated files (seed ${SEED + chunk})`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          const dir = tmpDir("flowtrace-fuzz-");
          const file = join(dir, fileName);
          const db = join(dir, "case.duckdb");
          copyFileSync(template, db);
          writeFileSync(file, mutations.reduce(mutate, content));
          const r = await cli(["ingest", file, "--db", db, "--json", ...options]);
          expect([0, 1], `ingest ${JSON.stringify(mutations)}: ${r.stderr}`).toContain(r.code);
          if (r.code === 1) {
            expect(r.stderr.trim().split("\n")).toHaveLength(1);
            expect(await caseContent(db)).toBe(empty);
            return;
          }
          const source = JSON.parse(r.stdout).sources[0];
          expect(source.rows_read).toBe(source.rows_loaded + source.rows_quarantined);
          const held = await cli(["sql", "SELECT (SELECT count(*) FROM transfer_records WHERE source_id = 1) + (SELECT count(*) FROM account_records WHERE source_id = 1) + (SELECT count(*) FROM fx_rates WHERE source_id = 1) AS loaded, (SELECT count(*) FROM quarantine WHERE source_id = 1) AS quarantined", "--db", db, "--json"]);
          const [counts] = JSON.parse(held.stdout).rows;
          expect(Number(counts.quarantined)).toBe(source.rows_quarantined);
          expect(Number(counts.loaded)).toBe(source.rows_loaded);
          for (const args of [["detect"], ["trace", "--seed-account", "wallet:+254700000002"]]) {
            const later = await cli([...args, "--db", db]);
            expect([0, 1], `${args[0]} after ${JSON.stringify(mutations)}: ${later.stderr}`).toContain(later.code);
          }
        }),
        { numRuns: runs, seed: SEED + chunk, endOnFailure: true },
      );
    });
  }

  it("value mutations keep the canonical file's rows: rows_read is the number of records", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom(...EXTREME.filter((v) => !/[",\n\r\uFEFF]/.test(v))), async (field, value) => {
        const dir = tmpDir("flowtrace-fuzz-");
        const file = join(dir, "transfers.csv");
        const db = join(dir, "case.duckdb");
        copyFileSync(template, db);
        writeFileSync(file, mutate(CANONICAL, { kind: "replaceField", line: 0, field, value }));
        const r = await cli(["ingest", file, "--db", db, "--json"]);
        expect(r.code, r.stderr).toBe(0);
        const source = JSON.parse(r.stdout).sources[0];
        expect(source.rows_read).toBe(5);
        expect(source.rows_loaded + source.rows_quarantined).toBe(5);
      }),
      { numRuns: Math.min(RUNS, 8), seed: SEED },
    );
  });
});
