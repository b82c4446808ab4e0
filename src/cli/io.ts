// Side effects a command may have, passed in so tests can capture and fix them.
export interface Io {
  /** Program output (a person's text, or exactly one JSON document with --json). */
  out(text: string): void;
  /** Progress, warnings, notes. Never data. */
  err(text: string): void;
  /** "Now", in UTC. Fixed by SOURCE_DATE_EPOCH (seconds) when set, for reproducible outputs. */
  now(): Date;
  /** Whether stderr is a terminal (progress bars only then). */
  interactive: boolean;
}

export function processIo(env: NodeJS.ProcessEnv = process.env): Io {
  const epoch = env.SOURCE_DATE_EPOCH;
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    now: epoch && /^\d+$/.test(epoch) ? () => new Date(Number(epoch) * 1000) : () => new Date(),
    interactive: Boolean(process.stderr.isTTY),
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
