// The browser bundle inlined into every report: dist/report-client.js as built by build.mjs.
// In a source checkout where the bundle is missing or older than src/report/client (tests,
// development), it is bundled in memory with esbuild, with the same options as build.mjs.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../paths.js";

let cached: string | undefined;

export async function reportClientJs(): Promise<string> {
  if (cached !== undefined) return cached;
  const built = join(packageRoot(), "dist", "report-client.js");
  const source = join(packageRoot(), "src", "report", "client");
  const sourceTime = existsSync(source) ? Math.max(...readdirSync(source).map((f) => statSync(join(source, f)).mtimeMs)) : 0;
  if (existsSync(built) && statSync(built).mtimeMs >= sourceTime) {
    cached = readFileSync(built, "utf8");
    return cached;
  }
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    bundle: true, platform: "browser", format: "iife", target: "es2017", minify: true, write: false,
    entryPoints: [join(source, "main.ts")], logLevel: "warning",
  });
  cached = result.outputFiles[0]!.text;
  return cached;
}
