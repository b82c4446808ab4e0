// The browser bundle inlined into every report: dist/report-client.js as built by build.mjs.
// In a source checkout that was never built (tests), it is bundled on the fly with esbuild,
// with the same options as build.mjs.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../paths.js";

let cached: string | undefined;

export async function reportClientJs(): Promise<string> {
  if (cached !== undefined) return cached;
  const built = join(packageRoot(), "dist", "report-client.js");
  if (existsSync(built)) {
    cached = readFileSync(built, "utf8");
    return cached;
  }
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    bundle: true, platform: "browser", format: "iife", target: "es2017", minify: true, write: false,
    entryPoints: [join(packageRoot(), "src", "report", "client", "main.ts")], logLevel: "warning",
  });
  cached = result.outputFiles[0]!.text;
  return cached;
}
