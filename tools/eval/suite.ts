// An evaluation suite: measures quality (precision, recall, match rate) against answer keys
// and labelled public data, and prints a markdown table.
export interface EvalOptions {
  workDir: string;
  /** ../shared/extdata when present (suites skip public-data rows when it is undefined). */
  extdata: string | undefined;
  log(line: string): void;
  /** `--scenario NAME` and `--seeds 1,2`: narrow a suite that runs generated cases. */
  scenarios?: string[];
  seeds?: number[];
}

export interface EvalSuite {
  name: string;
  run(options: EvalOptions): Promise<void>;
}
