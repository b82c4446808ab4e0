// `flowtrace demo`: the first thing a new user runs. Ingests the bundled sample case
// (data-samples/), traces the families' ransom payments, runs the method comparison and
// detection where those commands exist, and writes reports/demo.html. Each step goes through
// the same command line a user would type, so the demo shows exactly what the tool does.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { inputError } from "../../errors.js";
import { generateCaseFiles } from "../../generate/generateCase.js";
import { packageRoot } from "../../paths.js";
import { defineCommand } from "../command.js";
import type { Io } from "../io.js";
import { printJson } from "../output.js";
import { makeFolder } from "../../outputFolder.js";

/** The bundled case: regenerate with `flowtrace generate --scenario network --seed 1 --transfers 6000 --out data-samples/network-seed1`. */
export const DEMO_CASE = "network-seed1";
const DEMO_OPTIONS = { scenario: "network", seed: 1, transfers: 6000 };

interface Step { step: string; ok: boolean; note: string; seconds?: number }

export const demoCommand = defineCommand({
  builder: (y) => y.option("out", { type: "string", default: "reports", describe: "folder for demo.html and the demo's case database" }),
  async run(args, io, cli) {
    const started = Date.now();
    const out = resolve(args.out);
    makeFolder(out);
    let dir = join(packageRoot(), "data-samples", DEMO_CASE);
    if (!existsSync(join(dir, "transfers.csv"))) {
      // Not bundled (a trimmed install): generate the same case, byte for byte.
      dir = join(out, DEMO_CASE);
      io.err(`demo: generating the sample case into ${dir}\n`);
      await generateCaseFiles({ ...DEMO_OPTIONS, out: dir });
    }
    const db = join(out, "demo.duckdb");
    // The demo's own database, rebuilt every time so that a second run gives the same report.
    for (const f of [db, `${db}.wal`]) rmSync(f, { force: true });
    const html = join(out, "demo.html");
    const steps: Step[] = [];
    const have = new Set(cli.commands);
    const run = async (step: string, argv: string[]): Promise<any> => {
      if (!have.has(argv[0]!)) {
        steps.push({ step, ok: false, note: `the ${argv[0]} command is not available in this build` });
        return undefined;
      }
      io.err(`demo: ${step}\n`);
      const sub = captured(io);
      const t0 = Date.now();
      const code = await cli.run([...argv, "--db", db], sub);
      const seconds = Math.round((Date.now() - t0) / 100) / 10;
      if (code !== 0) {
        steps.push({ step, ok: false, note: sub.stderr.trim().split("\n")[0] ?? `exit ${code}`, seconds });
        return undefined;
      }
      steps.push({ step, ok: true, note: "", seconds });
      try {
        return JSON.parse(sub.stdout);
      } catch {
        return sub.stdout;
      }
    };
    const f = (name: string) => join(dir, name);
    const ingest = await run("ingest the sample case", ["ingest", f("transfers.csv"), f("accounts.csv"), f("fx.csv"), "--json"]);
    if (!ingest) throw inputError("demo_failed", `demo could not ingest the sample case: ${steps[steps.length - 1]!.note}`);
    await run("match the families' statements to transfers", ["match-statements", f("raw/relatives-statements.csv"), "--json"]);
    await run("group accounts into persons", ["entities", "--json"]);
    const bridges = await run("infer hawala bridges", ["hawala", "--json"]);
    // The bridges just inferred are followed (and marked as inferred in the report): without
    // them the money paid in at a hawala broker stops there. Each hawala leg adds two hops
    // (in at one broker, bridge, out at the other): 8 hops leave nothing of the sample beyond
    // the horizon (6 left 7,037 USD short of the leaders).
    const inferred = ["--inferred", bridges ? "on" : "off", "--max-hops", "8"];
    await run("compare the tracing rules", ["compare", "--seed-file", f("seeds.csv"), ...inferred, "--json"]);
    const trace = await run("trace the ransom payments (FIFO)", ["trace", "--seed-file", f("seeds.csv"), "--method", "fifo", ...inferred, "--json"]);
    // Detection follows the bridges too: a leader paid through hawala is otherwise unseen.
    const detectConfig = join(out, "demo-detect.json");
    writeFileSync(detectConfig, `${JSON.stringify({ include_inferred: Boolean(bridges) })}\n`);
    const detect = await run("detect collectors, brokers and leaders", ["detect", "--config", detectConfig, "--json"]);
    const report = await run("write the report", ["report", "--out", html, "--json"]);
    const summary = {
      report: existsSync(html) ? relative(process.cwd(), html) || html : null,
      case: relative(process.cwd(), db),
      sample: relative(process.cwd(), dir),
      run_id: trace?.run_id ?? null,
      seeded: trace?.totals?.seeded ?? null,
      headline: report && typeof report === "object" ? report : null,
      top_accounts: (detect?.accounts ?? []).slice(0, 5).map((a: { account: string; score: number; roles: string[] }) => ({ account: a.account, score: a.score, roles: a.roles })),
      steps,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    if (args.json) return printJson(io, summary);
    for (const s of steps) io.out(`${s.ok ? "ok  " : "skip"}  ${s.step}${s.note ? `: ${s.note}` : ""}${s.seconds !== undefined ? ` (${s.seconds} s)` : ""}\n`);
    const h = summary.headline as { paid_by_families?: number; reached_leaders?: { amount: number; share: number }; victims?: number; payers?: number; method?: string } | null;
    if (h?.paid_by_families !== undefined) io.out(`\nthe families paid ${h.paid_by_families} USD (${h.victims} victims, ${h.payers} payers); under ${h.method}, ${h.reached_leaders?.amount} USD (${((h.reached_leaders?.share ?? 0) * 100).toFixed(1)} %) reached the leaders (run ${summary.run_id})\n`);
    else if (summary.seeded !== null) io.out(`\ntraced ${summary.seeded} USD of ransom payments (run ${summary.run_id})\n`);
    io.out(summary.report ? `\nreport: ${summary.report}\n` : "\nno report was written (see above)\n");
  },
});

function captured(parent: Io): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out(text: string) { io.stdout += text; },
    err(text: string) { io.stderr += text; },
    now: () => parent.now(),
    interactive: false,
  };
  return io;
}
