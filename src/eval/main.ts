// `npm run eval [-- --only NAME]`: quality figures (precision/recall, match rates) per suite.
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { suites } from "./suites.js";

const args = process.argv.slice(2);
const i = args.indexOf("--only");
const only = i >= 0 ? args[i + 1] : undefined;
const workDir = join(tmpdir(), "flowtrace-eval");
mkdirSync(workDir, { recursive: true });
const ext = resolve("../shared/extdata");
const extdata = existsSync(ext) ? ext : undefined;

console.log(`flowtrace eval (public data: ${extdata ? "present" : "absent, skipped"})`);
for (const s of suites) {
  if (only && s.name !== only) continue;
  console.log(`\n## ${s.name}\n`);
  await s.run({ workDir, extdata, log: (line) => console.log(line) });
}
