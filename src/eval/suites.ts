// Every evaluation suite, in run order. Add one line per suite.
import type { EvalSuite } from "./suite.js";

export const suites: EvalSuite[] = [];
