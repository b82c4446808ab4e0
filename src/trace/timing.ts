// FLOWTRACE_TIMING=1 prints phase times on stderr (for the bench and docs/engine.md; never part
// of any output). Each mark prints the time since the previous one.
const on = process.env.FLOWTRACE_TIMING === "1";
let lap = performance.now();

export function mark(what: string): void {
  if (!on) return;
  const t = performance.now();
  process.stderr.write(`[trace] ${what}: ${((t - lap) / 1000).toFixed(2)} s\n`);
  lap = t;
}
