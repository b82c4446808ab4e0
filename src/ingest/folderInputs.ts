// `flowtrace ingest case7/raw/`: a folder of evidence is one command. Each directory argument
// becomes its files (not recursive; hidden files left out), each with the settings found next
// to it: a folder's sources.json (per-file format, mapping, owner, country, ...; see
// docs/ingest.md), else a `<prefix>-mapping.json` for the files named `<prefix>-*` (a bank's
// statements). Mapping and sources.json files are used, not loaded; files that hold no
// transfer records (the relatives' statements) are skipped with a note. Files named on the
// command line are loaded exactly as before (command-line options only).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { inputError } from "../errors.js";
import { fileHead } from "./container.js";

/** Settings a folder gives one of its files (the command line's options win). */
export interface FileSettings {
  format?: string;
  mapping?: unknown;
  mappingPath?: string;
  owner?: string;
  country?: string;
  timezone?: string;
  currency?: string;
  /** A protected PDF's password (from the folder's pdf-passwords.json; never recorded). */
  password?: string;
}

export interface InputFile {
  path: string;
  /** Found in a folder given on the command line (skipped, not fatal, when unreadable). */
  inFolder: boolean;
  /** Position of the command-line argument it came from. */
  arg: number;
  settings: FileSettings;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export const MANIFEST = "sources.json";
/** `{"<file name>": "<password>"}` for password-protected PDF statements (flowtrace generate writes one). */
export const PASSWORDS = "pdf-passwords.json";

const entry = z.strictObject({
  format: z.string().min(1).optional(),
  mapping: z.string().min(1).optional(),
  owner: z.string().min(1).optional(),
  country: z.string().length(2).optional(),
  timezone: z.string().min(1).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  /** Leave the file out, with this reason (shown in the report). */
  skip: z.string().min(1).optional(),
});
const manifestSchema = z.strictObject({
  description: z.string().optional(),
  /** File name or pattern (`*` any characters) → settings; the first pattern that fits wins. */
  files: z.record(z.string(), entry),
});
type Entry = z.infer<typeof entry>;

/** Columns that make a CSV the families' statements (flowtrace match-statements reads them). */
const STATEMENT_COLUMNS = ["statement_id", "victim", "payer_name", "paid_on", "amount"];

export function expandInputs(paths: string[]): { files: InputFile[]; skipped: SkippedFile[] } {
  const files: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const [arg, p] of paths.entries()) {
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      // not there: the file check names it
    }
    if (!dir) {
      files.push({ path: p, inFolder: false, arg, settings: {} });
      continue;
    }
    const folder = folderInputs(p, arg);
    files.push(...folder.files);
    skipped.push(...folder.skipped);
  }
  return { files, skipped };
}

function folderInputs(dir: string, arg: number): { files: InputFile[]; skipped: SkippedFile[] } {
  // Byte order of names: the same on every machine and locale.
  const names = readdirSync(dir).filter((n) => !n.startsWith(".")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const manifest = names.includes(MANIFEST) ? readManifest(join(dir, MANIFEST)) : undefined;
  const passwords = names.includes(PASSWORDS) ? readPasswords(join(dir, PASSWORDS)) : {};
  const mappings = new Map<string, string>(); // prefix → mapping file name
  for (const n of names) {
    const m = /^(.+)-mapping\.json$/i.exec(n);
    if (m) mappings.set(m[1]!.toLowerCase(), n);
  }
  const files: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) {
      skipped.push({ path, reason: "a folder: only the files directly in the folder given are read" });
      continue;
    }
    if (name === MANIFEST) {
      skipped.push({ path, reason: "used: the folder's per-file settings (format, mapping, owner)" });
      continue;
    }
    if (name === PASSWORDS) {
      skipped.push({ path, reason: "used: the passwords of the folder's protected PDF statements" });
      continue;
    }
    const given = manifest ? manifestEntry(manifest, name) : undefined;
    if (given?.skip) {
      skipped.push({ path, reason: `skipped as ${MANIFEST} says: ${given.skip}` });
      continue;
    }
    const prefix = /^(.+)-mapping\.json$/i.exec(name)?.[1];
    if (prefix !== undefined) {
      skipped.push({ path, reason: `used: the mapping for ${prefix}-* files (a mapping is not loaded)` });
      continue;
    }
    if (!given?.format && isFamilyStatements(path)) {
      skipped.push({ path, reason: "not a transfer record (the families' statements): match them to transfers with flowtrace match-statements" });
      continue;
    }
    const settings: FileSettings = {};
    if (given) {
      for (const k of ["format", "owner", "country", "timezone", "currency"] as const) if (given[k] !== undefined) settings[k] = given[k];
    }
    if (passwords[name] !== undefined) settings.password = passwords[name];
    const mappingName = given?.mapping ?? mappingFor(name, mappings);
    if (mappingName !== undefined) {
      const mappingPath = join(dir, mappingName);
      settings.mapping = readJson(mappingPath);
      settings.mappingPath = mappingPath;
    }
    files.push({ path, inFolder: true, arg, settings });
  }
  return { files, skipped };
}

/** `bank-mapping.json` is the mapping of `bank-*` files (longest prefix first). */
function mappingFor(name: string, mappings: Map<string, string>): string | undefined {
  const lower = name.toLowerCase();
  const fits = [...mappings.keys()].filter((p) => lower.startsWith(`${p}-`) || lower.startsWith(`${p}.`)).sort((a, b) => b.length - a.length);
  return fits.length ? mappings.get(fits[0]!) : undefined;
}

function manifestEntry(m: z.infer<typeof manifestSchema>, name: string): Entry | undefined {
  for (const [pattern, e] of Object.entries(m.files)) {
    const re = new RegExp(`^${pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "i");
    if (re.test(name)) return e;
  }
  return undefined;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw inputError("bad_json", `not JSON: ${(e as Error).message.split("\n")[0]!.toLowerCase()}`, { file: path });
  }
}

function readManifest(path: string): z.infer<typeof manifestSchema> {
  const r = manifestSchema.safeParse(readJson(path));
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw inputError("bad_manifest", `invalid ${MANIFEST}: ${issue.message.toLowerCase()}`, { file: path, column: issue.path.join(".") || undefined });
  }
  return r.data;
}

function readPasswords(path: string): Record<string, string> {
  const r = z.record(z.string(), z.string()).safeParse(readJson(path));
  if (!r.success) throw inputError("bad_manifest", `invalid ${PASSWORDS}: a JSON object of file name to password expected`, { file: path });
  return r.data;
}

function isFamilyStatements(path: string): boolean {
  if (!/\.csv$/i.test(path)) return false;
  const first = fileHead(path, 4096).toString("utf8").replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? "";
  const cols = first.split(",").map((c) => c.trim().replace(/^"|"$/g, "").toLowerCase());
  return STATEMENT_COLUMNS.every((c) => cols.includes(c));
}

