// Build: the Node entry points (the CLI, library, bench, eval, trace worker) plus the report's
// browser bundle. esbuild does not type-check; `npm run typecheck` (part of `npm test`) does.
import { build } from "esbuild";
import { existsSync, rmSync, writeFileSync } from "node:fs";

// The Node entry points, built together with code splitting: code they share, and each
// command's module (commands/index.ts imports them when the command line names one), goes into
// dist/chunks, so a command loads only its own code and libraries. The CLI's shebang comes from
// src/cli/main.ts.
const entries = {
  flowtrace: "src/cli/main.ts",
  index: "src/index.ts",
  bench: "src/bench/main.ts",
  eval: "src/eval/main.ts",
  // The allocation pass's worker thread (src/trace/pipelinedPass.ts loads it from beside the CLI).
  "trace-worker": "src/trace/passWorker.ts",
};
// `node build.mjs OUT` builds into OUT instead of dist, with OUT/meta.json (esbuild's metafile:
// every output's imports), for test/build.test.ts.
const out = process.argv[2] ?? "dist";
rmSync(`${out}/chunks`, { recursive: true, force: true });
const { metafile } = await build({
  bundle: true,
  splitting: true,
  metafile: out !== "dist",
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: false,
  logLevel: "warning",
  entryPoints: Object.fromEntries(Object.entries(entries).filter(([, src]) => existsSync(src))),
  outdir: out,
  chunkNames: "chunks/[name]-[hash]",
});
if (metafile) writeFileSync(`${out}/meta.json`, JSON.stringify(metafile));
// Browser code inlined into the pages flowtrace writes, one script each: the report's
// interactive layer and the answer sheet's (src/format/browserBundle.ts reads them).
const browserEntries = { "report-client": "src/report/client/main.ts", "answer-sheet": "src/generate/sheet/client.ts" };
for (const [name, entry] of Object.entries(browserEntries)) {
  if (!existsSync(entry)) continue;
  await build({
    bundle: true, platform: "browser", format: "iife", target: "es2017", minify: true,
    entryPoints: [entry], outfile: `${out}/${name}.js`, logLevel: "warning",
  });
}
