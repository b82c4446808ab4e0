// What a trace is asked to do: the rule, the direction, the seeds and the options, validated
// (traceOptions.ts turns the command line into one). Its own file so that the forward and the
// backward trace can both read it without importing each other.
import type { ExcludedSeed } from "../casework/notes.js";
import type { PassTuning } from "./pipelinedPass.js";
import type { Direction, Method, OpeningMode } from "./types.js";

export interface TraceRequest {
  method: Method;
  direction: Direction;
  maxHops: number;
  since?: string;
  until?: string;
  minAmount: number;
  opening: OpeningMode;
  /** Include inferred links (hawala bridges). */
  inferred: boolean;
  /** Seed transfer ids (forward) and how they were named. */
  seeds: { kind: string; value: string; txIds: string[]; excluded?: ExcludedSeed[] };
  /** Backward: the target account. */
  target?: string;
  /** How many trajectories to keep (largest first); the rest is one remainder row per end kind. */
  trajectories: number;
  ledger: boolean;
  /**
   * "hybrid": recursive SQL bounds the transfers; "stream": one pass over all of them; "auto"
   * (default): picks one by the seeds' expected reach (traceCase.ts, chooseEngine). Same results.
   */
  engine?: "auto" | "hybrid" | "stream";
  /** How the overlapped pass hands its rows over (unset: the defaults; tests set it). */
  pass?: PassTuning;
}
