// Seeds: which transfers start a trace. Each way of naming seeds is one resolver in the list
// below (CLI option -> transfer ids), so another stage adds a source of seeds (a finding, a
// confirmed statement match) with one line. Resolvers return ids; the tracer checks them.
import { accessSync, constants } from "node:fs";
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { excludedSeeds, type ExcludedSeed } from "../casework/notes.js";
import { findingSeeds } from "../detect/findingSeeds.js";
import { inputError } from "../errors.js";

export interface SeedArgs {
  "seed-tx"?: string;
  "seed-file"?: string;
  "seed-account"?: string;
  since?: string;
  until?: string;
  inferred?: boolean | string;
  [option: string]: unknown;
}

export interface SeedResolver {
  /** The CLI option that selects this resolver. */
  option: string;
  describe: string;
  resolve(db: CaseDb, value: string, args: SeedArgs): Promise<string[]>;
}

export const seedResolvers: SeedResolver[] = [
  { option: "seed-tx", describe: "seed transfer id(s), comma-separated", resolve: async (_db, v) => splitIds(v) },
  { option: "seed-file", describe: "CSV file with a tx_id column (other columns ignored)", resolve: (db, v) => seedFile(db, v) },
  {
    option: "seed-account",
    describe: "every outflow of this account inside --since/--until is a seed",
    async resolve(db, account, args) {
      const known = await allJson(db.conn, "trace/account_exists", { account });
      if (Number(known[0]?.n) === 0) throw inputError("unknown_account", "unknown seed account", { value: account });
      const rows = await allJson(db.conn, "trace/seeds_of_account", {
        account, since: args.since ?? "0001-01-01", until: args.until ?? "9999-12-31", inferred: args.inferred === true,
      });
      return rows.map((r) => String(r.tx_id));
    },
  },
  { option: "seed-finding", describe: "the seed transfers of a stored detection finding (flowtrace detect)", resolve: (db, id) => findingSeeds(db, id) },
  {
    option: "seed-statements", describe: "relatives' statements file: its confirmed matches are the seeds",
    // Imported when used: statement matching loads the phone-number metadata.
    resolve: async (db, file) => (await import("../statements/seedsFromStatements.js")).seedsFromStatements(db, file),
  },
];

export interface ResolvedSeeds {
  /** Which option named them and its value (recorded with the run). */
  kind: string;
  value: string;
  txIds: string[];
  /** Seeds left out because the investigator labelled them (or an account of theirs) exclude. */
  excluded?: ExcludedSeed[];
}

/** Exactly one seed option must be given. */
export async function resolveSeeds(db: CaseDb, args: SeedArgs): Promise<ResolvedSeeds> {
  const given = seedResolvers.filter((r) => args[r.option] !== undefined && args[r.option] !== "");
  if (given.length !== 1) {
    throw inputError("seeds", `give exactly one of ${seedResolvers.map((r) => `--${r.option}`).join(", ")}`);
  }
  const r = given[0]!;
  const value = String(args[r.option]);
  const resolved = [...new Set(await r.resolve(db, value, args))].sort();
  const excluded = await excludedSeeds(db, resolved);
  const dropped = new Set(excluded.map((x) => x.tx_id));
  const txIds = resolved.filter((t) => !dropped.has(t));
  if (txIds.length === 0) throw inputError("no_seeds", `no seed transfers${excluded.length ? `: all ${excluded.length} are excluded (flowtrace note list --label exclude)` : ""}`, { value });
  return { kind: r.option, value, txIds, ...(excluded.length ? { excluded } : {}) };
}

function splitIds(v: string): string[] {
  return v.split(",").map((s) => s.trim()).filter(Boolean);
}

async function seedFile(db: CaseDb, path: string): Promise<string[]> {
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw inputError("seed_file", "cannot read seed file", { file: path });
  }
  let rows;
  try {
    rows = await allJson(db.conn, "trace/seed_file_ids", { path });
  } catch (e) {
    if (/tx_id/.test((e as Error).message)) throw inputError("seed_file", "seed file has no tx_id column", { file: path, row: 0 });
    throw inputError("seed_file", `cannot read seed file as CSV: ${(e as Error).message.split("\n")[0]}`, { file: path });
  }
  return rows.map((r) => {
    if (r.tx_id === null) throw inputError("seed_file", "empty tx_id", { file: path, row: Number(r.row), column: "tx_id" });
    return String(r.tx_id);
  });
}
