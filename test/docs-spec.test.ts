// The specification the code cites (docs/spec/) is in the repository: every mention of a spec
// page in src/, tools/, sql/, test/, docs/ and README.md names a file that exists (from the repository
// root or from the citing file's folder), and nothing cites the originals outside it.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const repo = join(import.meta.dirname, "..");
const SPEC_PAGES = ["tracing-semantics.md", "cli-contract.md", "domain.md"];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((n) => (n === "node_modules" ? [] : filesUnder(join(path, n))));
}
const self = join(repo, "test", "docs-spec.test.ts");
const cited = ["src", "tools", "sql", "test", "docs", "README.md"].flatMap((p) => filesUnder(join(repo, p)))
  .filter((f) => /\.(ts|mjs|js|sql|md|json)$/.test(f));

/**
 * Every path-like word naming a spec page, or any page under docs/spec/, with the file citing
 * it; a markdown link's text (`[domain.md](spec/domain.md)`) is left to its target.
 */
function references(): { file: string; ref: string }[] {
  const pattern = new RegExp(`[\\w./-]*(?:${SPEC_PAGES.map((p) => p.replace(".", "\\.")).join("|")}|docs/spec/[\\w-]+\\.md)(?!\\]\\()`, "g");
  return cited.filter((f) => f !== self).flatMap((file) => [...readFileSync(file, "utf8").matchAll(pattern)].map((m) => ({ file, ref: m[0] })));
}

describe("docs/spec", () => {
  it("holds the three pages", () => {
    for (const p of SPEC_PAGES) expect(existsSync(join(repo, "docs", "spec", p)), p).toBe(true);
  });

  it("every reference to a spec page resolves inside the repository", () => {
    const refs = references();
    expect(refs.length).toBeGreaterThan(27);
    const broken = refs.filter(({ file, ref }) => !existsSync(join(repo, ref)) && !existsSync(join(dirname(file), ref)))
      .map(({ file, ref }) => `${relative(repo, file)}: ${ref}`);
    expect(broken).toEqual([]);
  });

  it("nothing cites the specification outside the repository (../shared/docs)", () => {
    const outside = cited.filter((f) => f !== self && readFileSync(f, "utf8").includes("shared/docs"))
      .map((f) => relative(repo, f));
    expect(outside).toEqual([]);
  });
});
