// `npm run eval`: how well match-statements finds the right transfer for relatives'
// statements, how many of the answer key's hawala bridges `hawala` infers, and how many of the
// key's same-person account pairs `entities` joins (and how many it joins wrongly), on
// generated cases (several scenarios and seeds) against their answer keys.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { memoryIo } from "../../src/cli/io.js";
import { openCase } from "../../src/db/connect.js";
import { resolveEntities } from "../../src/entities/resolveEntities.js";
import { generateCase } from "../../src/generate/generateCase.js";
import { inferBridges } from "../../src/hawala/inferBridges.js";
import { ingestFiles } from "../../src/ingest/ingestFiles.js";
import { matchStatements } from "../../src/statements/matchStatements.js";
import type { EvalSuite } from "./suite.js";

const CASES: [string, number][] = [
  ["first-case", 1], ["first-case", 2], ["sold-on", 1], ["sold-on", 2], ["sold-on", 3],
  ["hawala-corridor", 1], ["hawala-corridor", 2], ["network", 1], ["network", 2],
];
const STATEMENT_FILES = ["raw/relatives-statements.csv", "raw/statements.csv"];

interface Key {
  statements: { statement_id: string; tx_id: string }[];
  hawala_bridges: { in_tx: string; out_tx: string }[];
  people: { id: string; accounts: string[] }[];
}

/** Same-person pairs among the key's people's accounts: found by entities, and wrong joins. */
function entityPairs(key: Key, entityOf: Map<string, string>): { truth: number; found: number; wrong: number } {
  const owner = new Map<string, string>();
  for (const p of key.people) for (const a of p.accounts) owner.set(a, p.id);
  const accounts = [...owner.keys()];
  let truth = 0, found = 0, wrong = 0;
  for (let i = 0; i < accounts.length; i++) {
    for (let j = i + 1; j < accounts.length; j++) {
      const same = owner.get(accounts[i]!) === owner.get(accounts[j]!);
      const joined = entityOf.has(accounts[i]!) && entityOf.get(accounts[i]!) === entityOf.get(accounts[j]!);
      if (same) truth++;
      if (same && joined) found++;
      if (!same && joined) wrong++;
    }
  }
  return { truth, found, wrong };
}

export const matchingSuite: EvalSuite = {
  name: "matching",
  async run({ workDir, log }) {
    log("| scenario | seed | statements | right transfer chosen | wrong | unmatched | share right | hawala bridges in key | inferred (found) | same-person pairs joined | wrong joins |");
    log("|---|---|---|---|---|---|---|---|---|---|---|");
    let right = 0;
    let total = 0;
    for (const [scenario, seed] of CASES) {
      const out = join(workDir, `matching-${scenario}-${seed}`);
      rmSync(out, { recursive: true, force: true });
      generateCase({ scenario, seed, out });
      const key = JSON.parse(readFileSync(join(out, "answer_key.json"), "utf8")) as Key;
      const db = await openCase(join(out, "case.duckdb"), { currency: "USD" });
      try {
        await ingestFiles(db, ["accounts.csv", "fx.csv", "transfers.csv"].map((f) => join(out, f)), { quiet: true }, memoryIo());
        const bridges = await inferBridges(db);
        const found = key.hawala_bridges.filter((k) => bridges.some((b) => b.in_tx === k.in_tx && b.out_tx === k.out_tx)).length;
        const entities = await resolveEntities(db);
        const pairs = entityPairs(key, new Map(entities.entities.flatMap((e) => e.accounts.map((a) => [a, e.entity_id] as [string, string]))));
        const ent = `${pairs.found} of ${pairs.truth} | ${pairs.wrong}`;
        const file = STATEMENT_FILES.map((f) => join(out, f)).find((f) => existsSync(f));
        if (!file || key.statements.length === 0) {
          log(`| ${scenario} | ${seed} | (no statements generated) | | | | | ${key.hawala_bridges.length} | ${bridges.length} (${found}) | ${ent} |`);
          continue;
        }
        const result = await matchStatements(db, file);
        const truth = new Map(key.statements.map((s) => [s.statement_id, s.tx_id]));
        let ok = 0;
        let wrong = 0;
        for (const [id, tx] of truth) {
          const chosen = result.matches.filter((m) => m.statement_id === id && m.chosen).map((m) => m.tx_id);
          if (chosen.length === 0) continue;
          if (chosen.includes(tx)) ok++;
          else wrong++;
        }
        right += ok;
        total += truth.size;
        const share = truth.size ? ((ok / truth.size) * 100).toFixed(1) + "%" : "";
        log(`| ${scenario} | ${seed} | ${truth.size} | ${ok} | ${wrong} | ${truth.size - ok - wrong} | ${share} | ${key.hawala_bridges.length} | ${bridges.length} (${found}) | ${ent} |`);
      } finally {
        db.close();
      }
    }
    if (total) log(`\nOverall: ${right} of ${total} statements matched to the right transfer (${((right / total) * 100).toFixed(1)}%).`);
    log("Inferred bridges beyond the key are mostly ordinary families' hawala transfers (real bridges the key does not list).");
  },
};
