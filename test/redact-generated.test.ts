// Default-deny redaction on generated cases (docs/security.md, Redaction): the protected
// strings are derived from the generator's people (answer_key.json victims and relatives:
// every spelling of their names the generator knows, full and given+father; phones as E.164,
// without +, local, national, spaced and masked; their account ids and numbers), and none may
// be in any output of `report --redact` or `export --redact` (every format, whole case and
// trace run), for a case loaded from the canonical CSVs and one loaded from the raw records.
// The suspects flowtrace detect found stay visible.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { openCase } from "../src/db/connect.js";
import { EXPORT_FORMATS, exportCase } from "../src/export/exportCase.js";
import { detectedSuspects, redactionFor } from "../src/redact/redactFor.js";
import { generateCaseFiles } from "../src/generate/generateCase.js";
import { nameSpellings } from "../src/generate/names.js";
import { localForm, masked, spelledVariant } from "../src/generate/phones.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

interface Key {
  victims: { name: string; relatives: { name: string; phone?: string; accounts: string[] }[] }[];
  people: { name: string; alias?: string }[];
}

/** Every spelling of a name, full and given + father's. */
function nameForms(name: string): string[] {
  const parts = name.split(" ").map(nameSpellings);
  const product = (ps: string[][]): string[] => (ps.length ? ps[0]!.flatMap((a) => product(ps.slice(1)).map((b) => (b ? `${a} ${b}` : a))) : [""]);
  return [...product(parts), ...(parts.length > 2 ? product(parts.slice(0, 2)) : [])];
}

function protectedStrings(key: Key): string[] {
  const out = new Set<string>();
  for (const v of key.victims) {
    for (const n of nameForms(v.name)) out.add(n);
    for (const r of v.relatives) {
      for (const n of nameForms(r.name)) out.add(n);
      if (r.phone) {
        const local = localForm(r.phone);
        for (const p of [r.phone, r.phone.slice(1), local, local.replace(/^0/, ""), spelledVariant(r.phone, 3), masked(r.phone)]) out.add(p);
      }
      for (const a of r.accounts) {
        out.add(a);
        const number = a.slice(a.indexOf(":") + 1).split("/").pop()!;
        if (number.length >= 5) out.add(number);
      }
    }
  }
  // A relative's given + father's name may be part of a suspect's name, which stays visible.
  const suspects = key.people.flatMap((p) => [p.name, p.alias ?? ""]).map(fold);
  // (Every form is at least 4 characters: the search below indexes them by their first four.)
  return [...out].filter((p) => p.length >= 4 && !suspects.some((s) => ` ${s} `.includes(` ${fold(p)} `)));
}

async function parquetText(file: string): Promise<string> {
  const inst = await DuckDBInstance.create(":memory:");
  const conn = await inst.connect();
  try {
    return JSON.stringify((await conn.runAndReadAll(`SELECT * FROM read_parquet('${file.replace(/'/g, "''")}')`)).getRowObjectsJson());
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}

/** Every output file as text (binary formats decoded too), folded for searching. */
async function outputText(dir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) {
    const path = join(dir, f);
    let text = readFileSync(path, "utf8");
    if (f.endsWith(".parquet")) text = (await parquetText(path)) + readFileSync(path).toString("latin1");
    if (f.endsWith(".arrow")) text = JSON.stringify(tableFromIPC(readFileSync(path)).toArray().map((r) => r.toJSON())) + readFileSync(path).toString("latin1");
    texts.set(f, fold(text));
  }
  return texts;
}

/** Which of the strings occur in the text (one pass, indexed by each string's first 4 characters). */
function found(text: string, strings: string[]): string[] {
  const byHead = new Map<string, string[]>();
  for (const p of strings.map(fold)) byHead.set(p.slice(0, 4), [...(byHead.get(p.slice(0, 4)) ?? []), p]);
  const hits = new Set<string>();
  for (let i = 0; i + 4 <= text.length; i++) {
    const candidates = byHead.get(text.slice(i, i + 4));
    if (candidates) for (const p of candidates) if (text.startsWith(p, i)) hits.add(p);
  }
  return [...hits];
}

async function ingest(db: string, args: string[]): Promise<void> {
  json(await cli(["ingest", ...args, "--db", db, "--json"]));
}

async function loadRaw(out: string, db: string): Promise<void> {
  const raw = (p: RegExp) => readdirSync(join(out, "raw")).filter((f) => p.test(f)).sort().map((f) => join(out, "raw", f));
  await ingest(db, [join(out, "fx.csv"), ...raw(/^mto-.*\.csv$/), ...raw(/^mpesa-.*\.csv$/), ...raw(/^telebirr-.*\.csv$/), "--currency", "USD"]);
  const canonical = readFileSync(join(out, "transfers.csv"), "utf8").split("\n");
  for (const f of raw(/^hawala-.*\.csv$/)) {
    const entry = readFileSync(f, "utf8").split("\n")[1]!.split(",")[0]!;
    const broker = /hawala:([^/]+)\//.exec(canonical.find((l) => l.startsWith(`${entry},`))!)![1]!;
    await ingest(db, [f, "--format", "hawala", "--owner", `hawala:${broker}`]);
  }
  for (const f of raw(/^bank-.*\.csv$/)) {
    const owner = /^Account: (.*)$/m.exec(readFileSync(f, "utf8"))![1]!.trim();
    const id = /^[A-Z]{2}\d{2}/.test(owner) ? `iban:${owner}` : `bank:${owner}`;
    await ingest(db, [f, "--format", "bank-csv", "--mapping", join(out, "raw", "bank-mapping.json"), "--owner", id]);
  }
}

const CASES = [
  { scenario: "first-case", seed: 5, load: "canonical" },
  { scenario: "first-case", seed: 5, load: "raw" },
  { scenario: "sold-on", seed: 2, load: "canonical" },
  { scenario: "sold-on", seed: 2, load: "raw" },
] as const;

describe.each(CASES)("--redact on $scenario (seed $seed) loaded from $load records", ({ scenario, seed, load }) => {
  const dir = tmpDir();
  const gen = join(dir, "case");
  const db = join(dir, "case.duckdb");
  let runId = "";

  beforeAll(async () => {
    await generateCaseFiles({ scenario, seed, out: gen });
    if (load === "raw") await loadRaw(gen, db);
    else await ingest(db, [join(gen, "transfers.csv"), join(gen, "accounts.csv"), join(gen, "fx.csv")]);
    json(await cli(["match-statements", join(gen, "raw", "relatives-statements.csv"), "--db", db, "--json"]));
    runId = json(await cli(["trace", "--seed-file", join(gen, "seeds.csv"), "--db", db, "--json"])).run_id as string;
    json(await cli(["detect", "--db", db, "--json"]));
  });

  it("writes none of the victims' and relatives' names, phones or accounts, and shows the suspects", async () => {
    const out = join(dir, "out");
    const plain = join(dir, "plain");
    mkdirSync(out);
    mkdirSync(plain);
    // The report through the CLI; the exports through exportCase with the same Redaction the
    // CLI builds (src/cli/redactionArgs.ts), on one open case: every format, case and run.
    json(await cli(["report", "--run", runId, "--out", join(out, "report.html"), "--redact", "--db", db, "--json"]));
    json(await cli(["report", "--run", runId, "--out", join(plain, "report.html"), "--db", db, "--json"]));
    const c = await openCase(db);
    let suspects: string[] = [];
    try {
      suspects = await detectedSuspects(c, runId);
      const now = new Date("2026-01-01T00:00:00Z");
      for (const runOpt of [{}, { runId }]) {
        const redaction = await redactionFor(c, runOpt);
        for (const format of EXPORT_FORMATS) {
          if (format === "next-steps" && !("runId" in runOpt)) continue;
          const file = `${"runId" in runOpt ? "run" : "case"}-${format}.${format === "next-steps" ? "csv" : format}`;
          await exportCase(c, { format, out: join(out, file), redaction, now, ...runOpt });
          // Unredacted, CSV suffices to show the check is not vacuous (and keeps the test quick).
          if (format === "csv") await exportCase(c, { format, out: join(plain, file), now, ...runOpt });
        }
      }
    } finally {
      c.close();
    }

    const key = JSON.parse(readFileSync(join(gen, "answer_key.json"), "utf8")) as Key;
    const strings = protectedStrings(key);
    expect(strings.length).toBeGreaterThan(20);
    const redacted = await outputText(out);
    // 14 documents; csv, arrow and parquet also write the accounts (and a run's ledger) beside.
    expect(redacted.size).toBe(14 + 3 + 6);
    const leaks: string[] = [];
    for (const [file, text] of redacted) for (const p of found(text, strings)) leaks.push(`${file}: ${p}`);
    expect(leaks).toEqual([]);

    // Not vacuous: the same documents unredacted do name the families.
    const unredacted = [...(await outputText(plain)).values()].join("\n");
    expect(found(unredacted, strings).length).toBeGreaterThan(3);

    // The suspects detect found stay readable: every one the plain report shows, the redacted shows.
    const html = redacted.get("report.html")!;
    const plainHtml = fold(readFileSync(join(plain, "report.html"), "utf8"));
    const shown = suspects.filter((a) => plainHtml.includes(fold(a)));
    expect(shown.length).toBeGreaterThan(0);
    for (const a of shown) expect(html, a).toContain(fold(a));
  });
});
