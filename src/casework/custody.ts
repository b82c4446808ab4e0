// The custody log (docs/casework.md): one hash-chained entry per command that changed the
// case, with the digest of every table before and after it, so that a later check finds both
// an edited log entry and rows changed outside flowtrace.
import { createHash } from "node:crypto";
import type { DuckDBConnection } from "@duckdb/node-api";
import { allJson, exec } from "../db/sql.js";
import { hasTable } from "./hasTable.js";

export const GENESIS = "0".repeat(64);

/** Table name → "rows:upper:lower" (see sql/casework/custody_table_digest.sql). */
export type TableDigests = Record<string, string>;

export interface CustodyFile { path: string; role: "input" | "output"; sha256: string; bytes: number }

export interface CustodyEntry {
  seq: number;
  at: string;
  author: string;
  command: string[];
  tool_version: string;
  exit_code: number;
  files: CustodyFile[];
  tables_before: TableDigests;
  tables_after: TableDigests;
  prev_hash: string;
  hash: string;
}

/** The digest of every base table of the case but the log. */
export async function tableDigests(conn: DuckDBConnection): Promise<TableDigests> {
  const out: TableDigests = {};
  for (const t of await allJson(conn, "casework/custody_tables")) {
    const name = String(t.table_name);
    const d = (await allJson(conn, "casework/custody_table_digest", { name }))[0]!;
    out[name] = `${d.rows}:${d.upper}:${d.lower}`;
  }
  return out;
}

const EMPTY = "0:0:0";

/** Tables whose digest differs (a missing table counts as empty). */
export function changedTables(before: TableDigests, after: TableDigests): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.filter((n) => (before[n] ?? EMPTY) !== (after[n] ?? EMPTY));
}

interface StoredEntry {
  seq: number; at: string; author: string; command: string; tool_version: string; exit_code: number;
  files: string; tables_before: string; tables_after: string; prev_hash: string; hash: string;
}

/** The hash of an entry: SHA-256 over its stored fields (JSON text as stored) and the previous hash. */
export function entryHash(e: Omit<StoredEntry, "hash">): string {
  const fields = [String(e.seq), e.at, e.author, e.command, e.tool_version, String(e.exit_code), e.files, e.tables_before, e.tables_after, e.prev_hash];
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}

async function storedEntries(conn: DuckDBConnection): Promise<StoredEntry[]> {
  if (!(await hasTable(conn, "custody_log"))) return [];
  return (await allJson(conn, "casework/custody_list")).map((r) => ({ ...(r as unknown as StoredEntry), seq: Number(r.seq), exit_code: Number(r.exit_code) }));
}

const parse = <T>(text: string, fallback: T): T => {
  try { return JSON.parse(text) as T; } catch { return fallback; }
};

export async function custodyEntries(conn: DuckDBConnection): Promise<CustodyEntry[]> {
  return (await storedEntries(conn)).map((e) => ({
    ...e, command: parse<string[]>(e.command, []), files: parse<CustodyFile[]>(e.files, []),
    tables_before: parse<TableDigests>(e.tables_before, {}), tables_after: parse<TableDigests>(e.tables_after, {}),
  }));
}

export async function custodyHead(conn: DuckDBConnection): Promise<{ seq: number; hash: string; at: string } | null> {
  if (!(await hasTable(conn, "custody_log"))) return null;
  const r = (await allJson(conn, "casework/custody_head"))[0];
  return r ? { seq: Number(r.seq), hash: String(r.hash), at: String(r.at) } : null;
}

export interface NewEntry {
  at: string; author: string; command: string[]; toolVersion: string; exitCode: number;
  files: CustodyFile[]; before: TableDigests; after: TableDigests;
}

/** Append an entry after the current head; returns its hash. The caller holds the case open for writing. */
export async function appendCustody(conn: DuckDBConnection, n: NewEntry): Promise<CustodyEntry> {
  const head = await custodyHead(conn);
  const sorted = (d: TableDigests) => JSON.stringify(Object.fromEntries(Object.keys(d).sort().map((k) => [k, d[k]])));
  const stored: Omit<StoredEntry, "hash"> = {
    seq: (head?.seq ?? 0) + 1, at: n.at, author: n.author, command: JSON.stringify(n.command), tool_version: n.toolVersion,
    exit_code: n.exitCode, files: JSON.stringify(n.files), tables_before: sorted(n.before), tables_after: sorted(n.after),
    prev_hash: head?.hash ?? GENESIS,
  };
  const hash = entryHash(stored);
  await exec(conn, "casework/custody_append", { ...stored, hash });
  return { ...stored, hash, command: n.command, files: n.files, tables_before: n.before, tables_after: n.after };
}

export interface VerifyResult {
  ok: boolean;
  entries: number;
  head: string | null;
  /** The first entry that no longer matches (null when the case itself changed after the head, or all is well). */
  firstBad: number | null;
  problem: string | null;
}

/**
 * Recompute the chain, then check that each command started from the tables the one before
 * it left, and that the case now holds what the last command left: the first place where
 * that fails is named.
 */
export async function verifyCustody(conn: DuckDBConnection): Promise<VerifyResult> {
  const entries = await storedEntries(conn);
  const head = entries.length ? entries[entries.length - 1]!.hash : null;
  const bad = (seq: number | null, problem: string): VerifyResult => ({ ok: false, entries: entries.length, head, firstBad: seq, problem });
  let prev = GENESIS;
  let prevAfter: TableDigests | null = null;
  for (const [i, e] of entries.entries()) {
    if (e.seq !== i + 1) return bad(e.seq, `entry ${e.seq}: expected entry number ${i + 1} (an entry was removed or renumbered)`);
    if (e.prev_hash !== prev) return bad(e.seq, `entry ${e.seq}: its previous-entry hash does not match entry ${i} (the log was edited)`);
    const { hash, ...rest } = e;
    if (entryHash(rest) !== hash) return bad(e.seq, `entry ${e.seq}: its contents no longer match its hash (the log was edited)`);
    const before = parse<TableDigests>(e.tables_before, {});
    if (prevAfter) {
      const changed = changedTables(prevAfter, before);
      if (changed.length) return bad(e.seq, `entry ${e.seq}: the case changed outside flowtrace before this command (tables ${changed.join(", ")})`);
    }
    prevAfter = parse<TableDigests>(e.tables_after, {});
    prev = hash;
  }
  if (prevAfter) {
    const changed = changedTables(prevAfter, await tableDigests(conn));
    if (changed.length) {
      const last = entries[entries.length - 1]!.seq;
      return bad(last, `entry ${last}: the case no longer holds what this command left (tables ${changed.join(", ")} changed outside flowtrace)`);
    }
  }
  return { ok: true, entries: entries.length, head, firstBad: null, problem: null };
}
