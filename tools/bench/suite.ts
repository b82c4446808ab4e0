// A benchmark suite: measures one stage and prints figures as ratios against a baseline
// measured in the same run (never absolute goals in tests; timings live here).
export interface BenchOptions {
  /** "quick" (seconds, for a smoke run) or "full" (the README figures: 1M/10M rows). */
  size: "quick" | "full";
  /** Scratch directory for generated data and case files. */
  workDir: string;
  /** Print a line of results (markdown table rows are welcome). */
  log(line: string): void;
}

export interface BenchSuite {
  name: string;
  run(options: BenchOptions): Promise<void>;
}
