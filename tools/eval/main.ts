// `npm run eval [-- --only NAME]`: quality figures (precision/recall, match rates) per suite.
// `npm run eval -- --e2e`: the documented workflow from raw records on every scenario (endToEnd.ts).
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { endToEndSuite } from "./endToEnd.js";
import { suites } from "./suites.js";

const args = process.argv.slice(2);
const i = args.indexOf("--only");
const only = args.includes("--e2e") ? "e2e" : i >= 0 ? args[i + 1] : undefined;
const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const scenarios = value("--scenario")?.split(",");
const seeds = value("--seeds")?.split(",").map(Number);
const workDir = join(tmpdir(), "flowtrace-eval");
mkdirSync(workDir, { recursive: true });
const ext = resolve("../shared/extdata");
const extdata = existsSync(ext) ? ext : undefined;

console.log(`flowtrace eval (public data: ${extdata ? "present" : "absent, skipped"})`);
for (const s of [...suites, endToEndSuite]) {
  // The end-to-end run generates 20 cases and drives the CLI: only when asked for.
  if (s === endToEndSuite && only !== "e2e") continue;
  if (only && s.name !== only) continue;
  console.log(`\n## ${s.name}\n`);
  await s.run({ workDir, extdata, log: (line) => console.log(line), scenarios, seeds });
}
