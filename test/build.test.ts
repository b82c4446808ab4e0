// The build as users run it (`npx flowtrace`, built by build.mjs into dist/): built afresh into
// test-artifacts/build. A command loads only its own module and libraries (a trace of 10M
// transfers pays about 0.4 s less than loading every command's libraries), and the built
// trace finds its worker thread's file from the chunk it was split into; without it the pass
// silently runs without the worker, slower.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeCase } from "./util/case.js";

const repo = join(import.meta.dirname, "..");
const out = join(repo, "test-artifacts", "build");
interface Output { imports: { path: string; kind: string; external?: boolean }[]; entryPoint?: string; inputs: Record<string, unknown> }
let outputs: Record<string, Output>;

beforeAll(() => {
  execFileSync(process.execPath, ["build.mjs", out], { cwd: repo });
  outputs = JSON.parse(readFileSync(join(out, "meta.json"), "utf8")).outputs;
}, 60_000);

/** The packages an output loads before it runs: its static imports, transitively. */
function packagesLoaded(output: string): string[] {
  const seen = new Set<string>(), packages = new Set<string>();
  const visit = (o: string) => {
    if (seen.has(o)) return;
    seen.add(o);
    for (const i of outputs[o]!.imports) {
      if (i.kind !== "import-statement") continue;
      if (!i.external) visit(i.path);
      else if (!i.path.startsWith("node:")) packages.add(i.path);
    }
  };
  visit(output);
  return [...packages].sort();
}

/** The output of a source file that is loaded on its own (an entry point or a command's module). */
function outputOf(source: string): string {
  const found = Object.keys(outputs).filter((o) => outputs[o]!.entryPoint === source);
  expect(found, source).toHaveLength(1);
  return found[0]!;
}

describe("the built CLI", () => {
  it("holds no development tool: bench and eval are built apart, into a folder that is not published", () => {
    const inputs = Object.values(outputs).flatMap((o) => Object.keys(o.inputs));
    expect(inputs.filter((i) => !i.startsWith("src/"))).toEqual([]);
    const tools: Record<string, Output> = JSON.parse(readFileSync(join(`${out}-tools`, "meta.json"), "utf8")).outputs;
    expect(Object.values(tools).map((o) => o.entryPoint ?? "").filter((e) => e.startsWith("tools/")).sort()).toEqual(["tools/bench/main.ts", "tools/eval/main.ts"]);
    const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { files: string[]; scripts: Record<string, string> };
    expect(pkg.files).toContain("!sql/tools");
    expect(pkg.files.filter((f) => f.startsWith("dist") && f !== "dist")).toEqual([]);
    expect(pkg.scripts.bench).toBe("node dist-tools/bench.js");
  });

  it("loads only the command line's parser before it knows the command", () => {
    expect(packagesLoaded(outputOf("src/cli/main.ts"))).toEqual(["yargs"]);
  });

  it("loads only DuckDB for trace, and the libraries of other commands only for them", () => {
    const cli = packagesLoaded(outputOf("src/cli/main.ts"));
    const extra = (command: string) => packagesLoaded(outputOf(`src/cli/commands/${command}.ts`)).filter((p) => !cli.includes(p));
    expect(extra("trace")).toEqual(["@duckdb/node-api", "@duckdb/node-bindings"]);
    expect(extra("compare")).toEqual(["@duckdb/node-api", "@duckdb/node-bindings"]);
    // The report command does need d3 and the phone-number metadata (redaction): the split is
    // per command, not a list of libraries no command may load.
    expect(extra("report")).toEqual(expect.arrayContaining(["d3-sankey", "libphonenumber-js/max"]));
  });

  it("runs a trace with its pass in the worker thread, printing the same document as without the worker", async () => {
    const lines = ["tx_id,timestamp,from_account,to_account,amount,currency"];
    for (let i = 0; i < 200; i++) lines.push(`t${i},2024-01-01T00:${String(Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}Z,wallet:${i % 7},wallet:${(i * 3 + 1) % 7},${10 + i}.25,USD`);
    const c = await makeCase({ transfers: lines.join("\n") + "\n" });
    const args = ["trace", "--db", c.db, "--seed-tx", "t0,t3", "--method", "fifo", "--engine", "stream", "--json"];
    const run = (env: Record<string, string>) => spawnSync(process.execPath, [join(out, "flowtrace.js"), ...args], {
      encoding: "utf8", env: { ...process.env, FLOWTRACE_TIMING: "1", SOURCE_DATE_EPOCH: "1700000000", ...env },
    });
    const overlapped = run({}), plain = run({ FLOWTRACE_PASS_WORKER: "off" });
    expect(overlapped.status, overlapped.stderr).toBe(0);
    expect(overlapped.stderr).toMatch(/flows and core, overlapped \(200 transfers\)/);
    expect(plain.stderr).not.toMatch(/overlapped/);
    expect(JSON.parse(overlapped.stdout).totals.seeded).toBeGreaterThan(0);
    expect(overlapped.stdout).toBe(plain.stdout);
  }, 60_000);
});
