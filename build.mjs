// Build: the Node entry points (the CLI, library, trace worker) plus the report's browser
// bundle into dist/ (published), and the development tools (bench, eval) into dist-tools/
// (never published). esbuild does not type-check; `npm run typecheck` (part of `npm test`) does.
import { build } from "esbuild";
import { existsSync, rmSync, writeFileSync } from "node:fs";

// The Node entry points, built together with code splitting: code they share, and each
// command's module (commands/index.ts imports them when the command line names one), goes into
// dist/chunks, so a command loads only its own code and libraries. The CLI's shebang comes from
// src/cli/main.ts.
const entries = {
  flowtrace: "src/cli/main.ts",
  index: "src/index.ts",
  // The allocation pass's worker thread (src/trace/pipelinedPass.ts loads it from beside the CLI).
  "trace-worker": "src/trace/passWorker.ts",
};
// The development tools: a build of their own, so that no tool code is in dist/. They run the
// CLI from dist/ (bench spawns dist/flowtrace.js) and read their SQL from sql/tools/.
const tools = {
  bench: "tools/bench/main.ts",
  eval: "tools/eval/main.ts",
};
// `node build.mjs OUT` builds into OUT and OUT-tools instead of dist and dist-tools, with
// meta.json in each (esbuild's metafile: every output's imports and inputs), for
// test/build.test.ts.
const out = process.argv[2] ?? "dist";
const toolsOut = `${out}-tools`;
const node = (entryPoints, outdir) => build({
  bundle: true,
  splitting: true,
  metafile: out !== "dist",
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: false,
  logLevel: "warning",
  entryPoints: Object.fromEntries(Object.entries(entryPoints).filter(([, src]) => existsSync(src))),
  outdir,
  chunkNames: "chunks/[name]-[hash]",
});
for (const dir of [out, toolsOut]) rmSync(`${dir}/chunks`, { recursive: true, force: true });
// Tools' outputs left in dist/ by builds before they moved out of it.
for (const name of Object.keys(tools)) rmSync(`${out}/${name}.js`, { force: true });
const { metafile } = await node(entries, out);
if (metafile) writeFileSync(`${out}/meta.json`, JSON.stringify(metafile));
const { metafile: toolsMeta } = await node(tools, toolsOut);
if (toolsMeta) writeFileSync(`${toolsOut}/meta.json`, JSON.stringify(toolsMeta));
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
