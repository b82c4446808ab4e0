// CLI options shared by trace and compare, validated at the edge into a TraceRequest.
import type { Argv } from "yargs";
import type { CaseDb } from "../db/connect.js";
import { inputError } from "../errors.js";
import { resolveSeeds, seedResolvers, type SeedArgs } from "./resolveSeeds.js";
import type { TraceRequest } from "./traceRequest.js";
import { METHODS, parseMethod, type Method } from "./methods.js";

export interface TraceArgs extends SeedArgs {
  direction: string;
  method: string;
  "max-hops": number;
  "min-amount": number;
  "opening-balance": string;
  inferred?: boolean | string;
  trajectories: number;
  ledger: boolean;
  engine: string;
}

export function traceOptions<T>(y: Argv<T>): Argv<T & TraceArgs> {
  let a = y as unknown as Argv<T & TraceArgs>;
  for (const r of seedResolvers) a = a.option(r.option, { type: "string", describe: r.describe }) as unknown as Argv<T & TraceArgs>;
  return a
    .option("direction", { type: "string", choices: ["forward", "backward"], default: "forward", describe: "forward from seeds, or backward from --seed-account (the target)" })
    .option("method", { type: "string", choices: [...METHODS], default: "fifo", describe: "allocation rule (docs/methods.md)" })
    .option("max-hops", { type: "number", default: 6, describe: "follow at most this many hops after the seeds" })
    .option("since", { type: "string", describe: "window start (seed account's outflows; backward: target's inflows)" })
    .option("until", { type: "string", describe: "window end: later transfers are not followed" })
    .option("min-amount", { type: "number", default: 0, describe: "a transfer delivering less taint than this delivers it clean" })
    .option("opening-balance", { type: "string", choices: ["zero", "inferred"], default: "zero", describe: "where the case has no opening balance" })
    .option("inferred", { type: "string", default: "off", describe: "on|off: follow inferred links (hawala bridges)" })
    .option("trajectories", { type: "number", default: 20, describe: "keep the N largest trajectories (fifo, lifo, haircut); the rest is summed" })
    .option("ledger", { type: "boolean", default: true, describe: "store the allocation ledger (--no-ledger to skip)" })
    .option("engine", { type: "string", choices: ["auto", "hybrid", "stream"], default: "auto", describe: "hybrid: recursive SQL bounds the transfers; stream: one pass over all; auto: picks by the seeds' expected reach (same results)" }) as unknown as Argv<T & TraceArgs>;
}

// A date, or a date and time (UTC; seconds and fractions optional). Plain code, not zod: the
// trace command loads no library it does not need (zod alone costs 0.1 s of every trace).
const isTimestamp = (s: string) => /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/.test(s) && !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s));

/** A window bound as DuckDB TIMESTAMP text (UTC); a date alone means that day's start, or its end for --until. */
function bound(name: string, v: string | undefined, end: boolean): string | undefined {
  if (v === undefined) return undefined;
  if (!isTimestamp(v)) throw inputError("bad_option", `invalid --${name}`, { value: v });
  if (v.length === 10) return `${v} ${end ? "23:59:59.999999" : "00:00:00"}`;
  return new Date(/Z$/.test(v) || v.length <= 10 ? v : `${v}Z`).toISOString().replace("T", " ").replace("Z", "");
}

export async function traceRequest(db: CaseDb, args: TraceArgs, method: Method = parseMethod(args.method)): Promise<TraceRequest> {
  const hops = args["max-hops"];
  if (!Number.isInteger(hops) || hops < 0 || hops > 64) throw inputError("bad_option", "--max-hops must be a whole number from 0 to 64", { value: String(hops) });
  const min = args["min-amount"];
  if (!Number.isFinite(min) || min < 0) throw inputError("bad_option", "--min-amount must be a non-negative number", { value: String(min) });
  const k = args.trajectories;
  if (!Number.isInteger(k) || k < 0) throw inputError("bad_option", "--trajectories must be a whole number", { value: String(k) });
  const since = bound("since", args.since, false), until = bound("until", args.until, true);
  const flag = String(args.inferred ?? "off");
  if (flag !== "on" && flag !== "off") throw inputError("bad_option", "--inferred must be on or off", { value: flag });
  const inferred = flag === "on";
  const direction = args.direction === "backward" ? "backward" : "forward";
  const base = { method, direction, maxHops: hops, since, until, minAmount: min, opening: args["opening-balance"] === "inferred" ? "inferred" : "zero", inferred, trajectories: k, ledger: args.ledger, engine: args.engine === "stream" || args.engine === "hybrid" ? args.engine : "auto" } as const;
  if (direction === "backward") {
    const target = args["seed-account"];
    if (!target) throw inputError("seeds", "a backward trace needs --seed-account (the target account)");
    return { ...base, target, seeds: { kind: "seed-account", value: target, txIds: [] } };
  }
  const seeds = await resolveSeeds(db, { ...args, since, until, inferred });
  return { ...base, seeds };
}
