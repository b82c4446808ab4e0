// The one place that writes the custody log: the CLI runner wraps every command in
// withCustody. The digests of the case's tables are taken before and after the command; if
// they differ, the command changed the case and one entry is appended, with the files named on
// its command line (inputs and outputs, by SHA-256). Commands that never change the case
// named by --db skip the digests.
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { CaseDb } from "../db/connect.js";
import { fileSha256 } from "../ingest/fileSha256.js";
import { TOOL_VERSION } from "../version.js";
import { caseAuthor } from "./author.js";
import { appendCustody, changedTables, tableDigests, type CustodyFile, type TableDigests } from "./custody.js";

/** Commands that only read the case named by --db (or do not touch it at all). */
const READ_ONLY = new Set(["sources", "quarantine", "sql", "runs", "ledger", "paths", "generate", "grade", "demo", "custody", "xref", "bundle", "unbundle"]);

export function mayChangeCase(command: string, args: Record<string, unknown>): boolean {
  if (READ_ONLY.has(command)) return false;
  // A report or an export writes only its own file, except that redaction may create the case's pseudonym key.
  if ((command === "report" || command === "export") && args.redact !== true) return false;
  if (command === "note" && Array.isArray(args.words) && ["list", "history", "show"].includes(String(args.words[0]))) return false;
  return true;
}

interface Ctx { command: string; argv: string[]; args: Record<string, unknown>; now: () => Date }

export async function withCustody(ctx: Ctx, work: () => Promise<void>): Promise<void> {
  if (!mayChangeCase(ctx.command, ctx.args) || typeof ctx.args.db !== "string") return work();
  const dbPath = resolve(ctx.args.db);
  const before = existsSync(dbPath) ? await digestsReadOnly(dbPath) : {};
  const candidates = fileArgs(ctx.argv, dbPath);
  const inputs = new Map<string, string>();
  for (const f of candidates) if (isFile(f)) inputs.set(f, await fileSha256(f));
  let failure: unknown = null;
  try {
    await work();
  } catch (e) {
    failure = e;
  }
  // Read-only first: a command that changed nothing leaves the case file untouched (not even reopened
  // for writing). A command that changed the case opened it for writing, which brought its schema up to
  // date, so opening it again to append changes no table: the digests just taken are the state after.
  const after = existsSync(dbPath) ? await digestsReadOnly(dbPath) : {};
  const db = changedTables(before, after).length > 0 ? await openForLog(dbPath).catch((e) => { throw failure ?? e; }) : null;
  if (db) {
    try {
      if (!db.readOnly) {
        const files: CustodyFile[] = [];
        for (const f of candidates) {
          if (!isFile(f)) continue;
          const sha256 = await fileSha256(f);
          files.push({ path: f, role: inputs.get(f) === sha256 ? "input" : "output", sha256, bytes: statSync(f).size });
        }
        await appendCustody(db.conn, {
          at: ctx.now().toISOString(), author: caseAuthor(ctx.args.author), command: ["flowtrace", ...ctx.argv],
          toolVersion: TOOL_VERSION, exitCode: failure === null ? 0 : ((failure as { exitCode?: number }).exitCode ?? 2),
          files, before, after,
        });
      }
    } finally {
      db.close();
    }
  }
  if (failure !== null) throw failure;
}

async function digestsReadOnly(path: string): Promise<TableDigests> {
  const { openCase } = await import("../db/connect.js"); // loaded only by commands that touch a case
  let db: CaseDb;
  try {
    db = await openCase(path, { readOnly: true });
  } catch {
    return {}; // not a case (yet): the command will say so
  }
  try {
    return await tableDigests(db.conn);
  } finally {
    db.close();
  }
}

/** Writable when it can be (a case on read-only media is still read: nothing can be appended then). */
async function openForLog(path: string): Promise<CaseDb> {
  const { openCase } = await import("../db/connect.js");
  try {
    return await openCase(path);
  } catch {
    return openCase(path, { readOnly: true });
  }
}

/** The command line's words that may name files (option values included), the case itself excepted. */
function fileArgs(argv: string[], dbPath: string): string[] {
  const out = new Set<string>();
  for (const a of argv) {
    const v = a.startsWith("--") && a.includes("=") ? a.slice(a.indexOf("=") + 1) : a;
    if (!v || v.startsWith("-")) continue;
    const p = resolve(v);
    if (p === dbPath || p === `${dbPath}.wal`) continue;
    out.add(p);
  }
  return [...out].sort();
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
