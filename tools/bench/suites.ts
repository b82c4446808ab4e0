// Every benchmark suite, in run order. Add one line per suite.
import type { BenchSuite } from "./suite.js";
import { generateBench } from "./generate.js";
import { traceBench } from "./trace.js";
import { ingestBench } from "./ingest.js";
import { reportSuite } from "./report.js";
import { formatsBench } from "./formats.js";

export const suites: BenchSuite[] = [
  generateBench,
  traceBench,
  ingestBench,
  reportSuite,
  formatsBench,
];
