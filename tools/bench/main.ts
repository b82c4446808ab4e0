// `npm run bench [-- --size quick|full] [--only NAME] [--work DIR]`: runs every suite and
// prints its figures. Times are ratios against a baseline run in the same process.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { suites } from "./suites.js";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const size = flag("size") === "full" ? "full" : "quick";
const only = flag("only");
const workDir = flag("work") ?? join(tmpdir(), "flowtrace-bench");
mkdirSync(workDir, { recursive: true });

console.log(`flowtrace bench: size=${size}, node ${process.version}, ${process.platform}/${process.arch}`);
for (const s of suites) {
  if (only && s.name !== only) continue;
  console.log(`\n## ${s.name}\n`);
  await s.run({ size, workDir, log: (line) => console.log(line) });
}
