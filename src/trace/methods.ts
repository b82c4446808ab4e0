// The six tracing rules (docs/spec/tracing-semantics.md, Allocation rules) and everything the
// code decides by the rule: one table. Code asks the table for a trait ("does this rule
// conserve value?"), never compares the rule's name.
import { inputError } from "../errors.js";

/** In the order the spec, `--help` and the report list them. */
export const METHODS = ["poison", "haircut", "fifo", "lifo", "libr", "tainted-first"] as const;
export type Method = (typeof METHODS)[number];

/**
 * How the tainted part of an outflow is found:
 * - "reach": all of it once the account has received any taint (reachability, not amounts);
 * - "pooled": the account's current mix, o × T / B;
 * - "lots": the taint of the lots the outflow consumes (see `lots` for the order);
 * - "clean-first": max(0, o − (B − T)), clean money leaves first;
 * - "tainted-first": min(o, T), tainted money leaves first.
 */
export type ShareRule = "reach" | "pooled" | "lots" | "clean-first" | "tainted-first";

export interface MethodTraits {
  /**
   * Value is conserved: per account tainted_in = tainted_out + retained, and
   * seeded = retained + exited + beyond_horizon + below_threshold + fees.
   */
  conserving: boolean;
  /** Lots (one per arriving transfer) consumed oldest first or newest first; null: no lots. */
  lots: "oldest-first" | "newest-first" | null;
  /** Defined for `--direction backward`. */
  backward: boolean;
  /** A trace decomposes into trajectories (seed → … → where the money stopped). */
  trajectories: boolean;
  share: ShareRule;
  /** The report's words: a few (after the name) and a sentence (the glossary). */
  words: { short: string; long: string };
}

export const METHOD_TRAITS = {
  poison: {
    conserving: false, lots: null, backward: true, trajectories: false, share: "reach",
    words: { short: "everything after first contact counts", long: "Once an account has received any traced money, every later outflow counts as traced in full. Shows where the money could have gone; amounts are not conserved (an upper bound)." },
  },
  haircut: {
    conserving: true, lots: null, backward: true, trajectories: true, share: "pooled",
    words: { short: "pro rata", long: "Every outflow carries the account's current mix: if a third of the balance is traced money, a third of each payment out is traced." },
  },
  fifo: {
    conserving: true, lots: "oldest-first", backward: true, trajectories: true, share: "lots",
    words: { short: "first in, first out", long: "The oldest money in the account leaves first (the rule in Clayton's case, used in common-law countries such as Kenya)." },
  },
  lifo: {
    conserving: true, lots: "newest-first", backward: true, trajectories: true, share: "lots",
    words: { short: "last in, first out", long: "The newest money in the account leaves first." },
  },
  libr: {
    conserving: true, lots: null, backward: false, trajectories: false, share: "clean-first",
    words: { short: "lowest intermediate balance", long: "Clean money leaves first; what stays traced never exceeds the lowest balance the account fell to." },
  },
  "tainted-first": {
    conserving: true, lots: null, backward: false, trajectories: false, share: "tainted-first",
    words: { short: "traced money leaves first", long: "Traced money leaves before any clean money: the most that can have moved on (worst case)." },
  },
} as const satisfies Record<Method, MethodTraits>;

export function isMethod(value: unknown): value is Method {
  return typeof value === "string" && (METHODS as readonly string[]).includes(value);
}

/**
 * A rule's name from outside the program (an option, a stored run), checked: anything else is
 * an input error naming the value, never a rule the code would treat as some other.
 */
export function parseMethod(value: unknown, where = "method"): Method {
  if (isMethod(value)) return value;
  throw inputError("bad_method", `unknown ${where} (one of ${METHODS.join(", ")})`, { value: String(value) });
}
