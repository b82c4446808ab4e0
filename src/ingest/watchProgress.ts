// Progress for long loads, on stderr: every couple of seconds the current phase, how far
// DuckDB says the running statement is, and the rows per second so far once known. A terminal
// gets one line rewritten in place; a log gets a line per report. Never stdout (--json).
import type { Io } from "../cli/io.js";
import type { CaseDb } from "../db/connect.js";

export interface ProgressWatch {
  phase(name: string, rows?: number): void;
  stop(): void;
}

export function watchProgress(db: CaseDb, io: Io, label: string, everyMs = 2000): ProgressWatch {
  const started = Date.now();
  let phase = "reading";
  let rows: number | undefined;
  let shown = false;
  const timer = setInterval(() => {
    const p = db.conn.progress;
    const pct = p && p.percentage >= 0 ? ` ${p.percentage.toFixed(0)}%` : "";
    const secs = (Date.now() - started) / 1000;
    const rate = rows !== undefined ? `, ${Math.round(rows / secs).toLocaleString("en-US")} rows/s` : "";
    const line = `ingest: ${label}: ${phase}${pct} (${secs.toFixed(0)} s${rate})`;
    io.err(io.interactive ? `\r${line}\u001b[K` : `${line}\n`);
    shown = true;
  }, everyMs);
  timer.unref();
  return {
    phase(name, n) {
      phase = name;
      if (n !== undefined) rows = n;
    },
    stop() {
      clearInterval(timer);
      if (shown && io.interactive) io.err("\n");
    },
  };
}
