// Every evaluation suite, in run order. Add one line per suite.
import type { EvalSuite } from "./suite.js";
import { matchingSuite } from "./matching.js";
import { detectEval } from "./detect.js";

export const suites: EvalSuite[] = [
  matchingSuite,
  detectEval,
];
