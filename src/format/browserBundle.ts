// A browser bundle inlined into a page flowtrace writes (the report's client, the answer
// sheet's): dist/<name>.js as built by build.mjs. In a source checkout where the bundle is
// missing or older than its sources (tests, development), it is bundled in memory with
// esbuild, with the same options as build.mjs.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../paths.js";

const cached = new Map<string, string>();

/** `name`: the file in dist/ without .js; `source`: its folder under src/, holding `entry`. */
export async function browserBundle(name: string, source: string, entry: string): Promise<string> {
  const hit = cached.get(name);
  if (hit !== undefined) return hit;
  const built = join(packageRoot(), "dist", `${name}.js`);
  const dir = join(packageRoot(), source);
  const sourceTime = existsSync(dir) ? Math.max(...readdirSync(dir).map((f) => statSync(join(dir, f)).mtimeMs)) : 0;
  let code: string;
  if (existsSync(built) && statSync(built).mtimeMs >= sourceTime) code = readFileSync(built, "utf8");
  else {
    const esbuild = await import("esbuild");
    const result = await esbuild.build({
      bundle: true, platform: "browser", format: "iife", target: "es2017", minify: true, write: false,
      entryPoints: [join(dir, entry)], logLevel: "warning",
    });
    code = result.outputFiles[0]!.text;
  }
  cached.set(name, code);
  return code;
}
