import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The package root (where package.json and sql/ live), found from this module's location so
// it works from src/ (vitest), from dist/ (the built CLI) and from an installed package.
let cached: string | undefined;
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "sql"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find the flowtrace package root");
    dir = up;
  }
  cached = dir;
  return dir;
}
