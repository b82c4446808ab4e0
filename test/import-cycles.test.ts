// No import cycles in src/ (docs/architecture.md), counting type-only and dynamic imports as
// `npx madge --circular --extensions ts src` does: a cycle makes the load order decide what a
// module sees, and the layers harder to move.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "..", "src");
const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
});

/** Each source file's relative imports (static, type-only, re-exports and import()), as files. */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of files(src)) {
    const text = readFileSync(f, "utf8");
    const targets = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)["'](\.{1,2}\/[^"']+)["']/gm)]
      .map((m) => resolve(dirname(f), m[1]!.replace(/\.js$/, ".ts")));
    g.set(f, [...new Set(targets)]);
  }
  return g;
}

function cycles(g: Map<string, string[]>): string[][] {
  const found: string[][] = [], state = new Map<string, 1 | 2>(), stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 1);
    stack.push(f);
    for (const t of g.get(f) ?? []) {
      if (state.get(t) === 1) found.push(stack.slice(stack.indexOf(t)).map((x) => relative(src, x)));
      else if (!state.has(t) && g.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 2);
  };
  for (const f of [...g.keys()].sort()) if (!state.has(f)) visit(f);
  return found;
}

describe("src/", () => {
  it("has no import cycle", () => {
    const g = graph();
    expect(g.size).toBeGreaterThan(100);
    expect(cycles(g)).toEqual([]);
  });

  it("the check finds a cycle where there is one", () => {
    const g = new Map([["/a.ts", ["/b.ts"]], ["/b.ts", ["/c.ts"]], ["/c.ts", ["/a.ts"]]]);
    expect(cycles(g)).toHaveLength(1);
  });
});
