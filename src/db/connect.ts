// Opening a case database: one DuckDB file per case. Opening read-write applies the schema
// (idempotent) and fixes the reporting currency on first use.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { inputError } from "../errors.js";
import { packageRoot } from "../paths.js";
import { allJson, exec, sqlText } from "./sql.js";
import { TOOL_VERSION } from "../version.js";

export const SCHEMA_VERSION = "2";
const CURRENCY = /^[A-Z]{3}$/;

export interface CaseDb {
  readonly path: string;
  readonly conn: DuckDBConnection;
  readonly currency: string;
  readonly readOnly: boolean;
  /** Another connection to the same database (its own transactions); the caller closes it. */
  connect(): Promise<DuckDBConnection>;
  close(): void;
}

export interface OpenOptions {
  readOnly?: boolean;
  /** Reporting currency; only used (and only allowed to differ from USD) when the case is new. */
  currency?: string;
  /** Read-only and sealed (`flowtrace sql`, docs/security.md): DuckDB may read nothing but the
   *  case (no other file, no network), install or load no extension, and its configuration is
   *  locked once the session is set up, so no statement can undo any of it. Implies readOnly. */
  sealed?: boolean;
}

// DuckDB settings of a sealed instance, given at creation (before any statement can run).
const SEALED_CONFIG: Record<string, string> = {
  access_mode: "READ_ONLY",
  enable_external_access: "false",
  autoinstall_known_extensions: "false",
  autoload_known_extensions: "false",
};

export async function openCase(path: string, options: OpenOptions = {}): Promise<CaseDb> {
  const sealed = options.sealed ?? false;
  const readOnly = sealed || (options.readOnly ?? false);
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, sealed ? SEALED_CONFIG : readOnly ? { access_mode: "READ_ONLY" } : {});
  } catch (e) {
    throw inputError("case_open", `cannot open case database: ${(e as Error).message.split("\n")[0]}`, { file: path });
  }
  // Timestamps are stored as UTC; make DuckDB's own notion of "local" UTC too, so that
  // TIMESTAMPTZ casts never depend on the machine's timezone.
  // A sealed instance sets it once, globally, and then locks the configuration (TimeZone is
  // an ICU setting DuckDB does not take at creation).
  let locked = false;
  const connect = async () => {
    const c = await instance.connect();
    if (locked) return c;
    if (!sealed) {
      await c.run("SET TimeZone = 'UTC'");
      return c;
    }
    await exec(c, "case/timezone_global");
    await exec(c, "case/lock_configuration");
    locked = true;
    return c;
  };
  const conn = await connect();
  const close = () => {
    conn.closeSync();
    instance.closeSync();
  };
  try {
    if (!readOnly) await applySchema(conn);
    const currency = await reportingCurrency(conn, options.currency, readOnly, path);
    return { path, conn, currency, readOnly, connect, close };
  } catch (e) {
    close();
    throw e;
  }
}

/**
 * Apply sql/schema/*.sql unless the case already has exactly these files applied (their stamp
 * in meta): re-creating the views on every open cost 35-80 ms, and as much again for the
 * checkpoint at close, in every command.
 */
async function applySchema(conn: DuckDBConnection): Promise<void> {
  const dir = join(packageRoot(), "sql", "schema");
  const files = readdirSync(dir).filter((f) => f.endsWith(".sql")).sort();
  const texts = files.map((f) => sqlText(`schema/${f.slice(0, -4)}`));
  const hash = createHash("sha256");
  files.forEach((f, i) => hash.update(`${f}\0${texts[i]}\0`));
  const stamp = `${SCHEMA_VERSION}:${hash.digest("hex")}`;
  if ((await allJson(conn, "case/has_meta"))[0]!.has_meta === true
    && (await allJson(conn, "case/meta_get", { key: "schema_stamp" }))[0]?.value === stamp) return;
  // A version 1 case keeps its trace results in base tables where version 2 has views: they
  // are set aside, the schema is applied, their rows are moved under integer keys and the old
  // tables dropped, all in one transaction.
  const v1 = (await allJson(conn, "case/migrate/v1_tables")).length > 0;
  const apply = async () => {
    if (v1) await conn.run(sqlText("case/migrate/v1_set_aside"));
    for (const t of texts) await conn.run(t);
    if (v1) {
      for (const step of ["run_keys", "transfers", "hops", "accounts", "ledger"]) await exec(conn, `case/migrate/v1_${step}`);
      await conn.run(sqlText("case/migrate/v1_drop"));
    }
    await exec(conn, "case/meta_set", { key: "schema_version", value: SCHEMA_VERSION });
    await exec(conn, "case/meta_set", { key: "schema_stamp", value: stamp });
  };
  await (v1 ? transaction(conn, apply) : apply());
}

async function reportingCurrency(conn: DuckDBConnection, wanted: string | undefined, readOnly: boolean, path: string): Promise<string> {
  let existing: string | undefined;
  try {
    existing = (await allJson(conn, "case/meta_get", { key: "reporting_currency" }))[0]?.value as string | undefined;
  } catch {
    throw inputError("not_a_case", "not a flowtrace case database", { file: path });
  }
  if (existing) {
    if (wanted && wanted.toUpperCase() !== existing) {
      throw inputError("currency_fixed", `the case's reporting currency is ${existing}, not ${wanted}`, { file: path });
    }
    return existing;
  }
  const currency = (wanted ?? "USD").toUpperCase();
  if (!CURRENCY.test(currency)) throw inputError("bad_currency", "reporting currency must be a 3-letter ISO 4217 code", { value: currency });
  if (readOnly) return currency;
  await exec(conn, "case/meta_set", { key: "reporting_currency", value: currency });
  await exec(conn, "case/meta_set", { key: "created_by", value: `flowtrace ${TOOL_VERSION}` });
  return currency;
}

/** Run `work` inside one transaction: all of it lands or none of it does. */
export async function inTransaction<T>(db: CaseDb, work: () => Promise<T>): Promise<T> {
  return transaction(db.conn, work);
}

/** The same, except that `work` may give up by returning null: then none of it lands. */
export async function inTransactionUnlessNull<T>(db: CaseDb, work: () => Promise<T | null>): Promise<T | null> {
  return transaction(db.conn, work, (r) => r !== null);
}

async function transaction<T>(conn: DuckDBConnection, work: () => Promise<T>, keep: (result: T) => boolean = () => true): Promise<T> {
  await conn.run("BEGIN TRANSACTION");
  try {
    const result = await work();
    await conn.run(keep(result) ? "COMMIT" : "ROLLBACK");
    return result;
  } catch (e) {
    await conn.run("ROLLBACK");
    throw e;
  }
}
