// `npm run eval -- --only detect`: detection precision and recall on generated scenarios
// (several seeds and levels, against their answer keys) and on the labelled public data sets.
import type { EvalSuite } from "./suite.js";
import { scoreGenerated, type CaseScore, type Counts } from "./detectGenerated.js";
import { evalPublic } from "./detectPublic.js";

const SCENARIOS = ["first-case", "sold-on", "hawala-corridor", "network"];
/** Also run with hawala bridges inferred (`flowtrace hawala`) and followed (include_inferred). */
const WITH_BRIDGES = "hawala-corridor";
const label = (s: string) => (s === `${WITH_BRIDGES}+bridges` ? `${WITH_BRIDGES} + inferred hawala bridges` : s);
const SEEDS = [1, 2, 3];

const pct = (x: number) => `${Math.round(100 * x)}%`;
const ratio = (a: number, b: number) => (b === 0 ? "n/a" : pct(a / b));

export const detectEval: EvalSuite = {
  name: "detect",
  async run({ workDir, extdata, log }) {
    log("### Generated scenarios (answer keys), default configuration\n");
    log("| scenario | seeds | network share of top k (k = min(10, network)) | best rank of a look-alike hub (school, church, agent, merchant) |");
    log("|---|---|---|---|");
    const perPattern = new Map<string, Map<string, Counts>>();
    const runs = [...SCENARIOS, `${WITH_BRIDGES}+bridges`];
    for (const s of runs) {
      const scores: CaseScore[] = [];
      const bridges = s.endsWith("+bridges");
      for (const seed of SEEDS) scores.push(await scoreGenerated(workDir, bridges ? WITH_BRIDGES : s, seed, bridges));
      const top = scores.map((c) => `${pct(c.topK)} (k=${c.k})`).join(", ");
      const hub = scores.map((c) => (c.lookalikeRank === null ? "not ranked" : `#${c.lookalikeRank}`)).join(", ");
      log(`| ${label(s)} | ${SEEDS.join(",")} | ${top} | ${hub} |`);
      const sums = new Map<string, Counts>();
      for (const c of scores) for (const [name, m] of c.metrics) {
        const t = sums.get(name) ?? { tp: 0, fp: 0, fn: 0, ptp: 0 };
        sums.set(name, { tp: t.tp + m.tp, fp: t.fp + m.fp, fn: t.fn + m.fn, ptp: (t.ptp ?? 0) + (m.ptp ?? m.tp) });
      }
      perPattern.set(s, sums);
    }
    log("\n| pattern / role | " + runs.map((s) => `${label(s)} P / R`).join(" | ") + " |");
    log("|---|" + runs.map(() => "---|").join(""));
    for (const name of perPattern.get(runs[0]!)!.keys()) {
      const cells = runs.map((s) => {
        const m = perPattern.get(s)!.get(name)!;
        const ptp = m.ptp ?? m.tp;
        return `${ratio(ptp, ptp + m.fp)} / ${ratio(m.tp, m.tp + m.fn)}`;
      });
      log(`| ${name} | ${cells.join(" | ")} |`);
    }
    log("\n(precision / recall summed over the seeds; the network is the answer key's collectors, brokers, leaders and front businesses that the crime's money reached)");
    if (extdata) await evalPublic(workDir, extdata, log);
    else log("\n(public data absent: skipped)");
  },
};
