// Side effects a command may have, passed in so tests can capture and fix them.
import { once } from "node:events";
export interface Io {
  /** Program output (a person's text, or exactly one JSON document with --json). */
  out(text: string): void;
  /** Progress, warnings, notes. Never data. */
  err(text: string): void;
  /**
   * "Now", in UTC. Fixed by FLOWTRACE_NOW (ISO 8601) or SOURCE_DATE_EPOCH (seconds) when set,
   * for reproducible outputs (notes, custody entries, report and export dates).
   */
  now(): Date;
  /** Whether stderr is a terminal (progress bars only then). */
  interactive: boolean;
  /**
   * Resolves when what `out` wrote has been taken by the reader (stdout to a pipe is buffered
   * without bound otherwise): a long output can wait for it between pieces.
   */
  drained?(): Promise<void>;
}

export function processIo(env: NodeJS.ProcessEnv = process.env): Io {
  const epoch = env.SOURCE_DATE_EPOCH;
  const fixed = env.FLOWTRACE_NOW ? new Date(env.FLOWTRACE_NOW) : undefined;
  const nowFixed = fixed && !Number.isNaN(fixed.getTime()) ? fixed : epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    now: nowFixed ? () => nowFixed : () => new Date(),
    interactive: Boolean(process.stderr.isTTY),
    drained: () => (process.stdout.writableNeedDrain ? once(process.stdout, "drain").then(() => undefined) : Promise.resolve()),
  };
}

/** An Io that records everything, for tests. */
export function memoryIo(now = new Date("2026-01-01T00:00:00Z")): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out(text: string) { io.stdout += text; },
    err(text: string) { io.stderr += text; },
    now: () => now,
    interactive: false,
  };
  return io;
}
