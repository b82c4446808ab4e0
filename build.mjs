// Build: one esbuild bundle per entry point (the CLI, bench, eval) plus the report's
// browser bundle. esbuild does not type-check; `npm run typecheck` (part of `npm test`) does.
import { build } from "esbuild";
import { existsSync } from "node:fs";

const node = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: false,
  logLevel: "warning",
};
const entries = [
  ["src/cli/main.ts", "dist/flowtrace.js", "#!/usr/bin/env node"],
  ["src/index.ts", "dist/index.js", ""],
  ["src/bench/main.ts", "dist/bench.js", ""],
  ["src/eval/main.ts", "dist/eval.js", ""],
  // The allocation pass's worker thread (src/trace/pipelinedPass.ts loads it from beside the CLI).
  ["src/trace/passWorker.ts", "dist/trace-worker.js", ""],
];
for (const [entry, outfile, banner] of entries) {
  if (!existsSync(entry)) continue;
  await build({ ...node, entryPoints: [entry], outfile, banner: banner ? { js: banner } : undefined });
}
// The report's interactive layer: browser code, inlined into every report as one script.
if (existsSync("src/report/client/main.ts")) {
  await build({
    bundle: true, platform: "browser", format: "iife", target: "es2017", minify: true,
    entryPoints: ["src/report/client/main.ts"], outfile: "dist/report-client.js", logLevel: "warning",
  });
}
