// `flowtrace generate`: synthetic ransom cases with answer keys, for training and testing.
import { resolve } from "node:path";
import { inputError } from "../../errors.js";
import { generateCaseFiles } from "../../generate/generateCase.js";
import { SCENARIOS } from "../../generate/scenarios.js";
import { LANGS, parseLang } from "../../i18n/lang.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

export const generateCommand = defineCommand({
  builder: (y) =>
    y.option("scenario", { type: "string", describe: "scenario name (see --list)" })
      .option("seed", { type: "number", default: 1, describe: "seed: the same name and seed give byte-identical files" })
      .option("out", { type: "string", describe: "output folder" })
      .option("transfers", { type: "number", describe: "total transfers (scale mode; above 200,000 only canonical files are written)" })
      .option("victims", { type: "number", describe: "more victims than the scenario has (groups and leaders grow with them), e.g. for 1,000 seeds in a benchmark" })
      .option("lang", { type: "string", default: "en", choices: LANGS, describe: "language of the answer sheet (answer-sheet.html): en, am (Amharic), sw (Swahili), ti (Tigrinya)" })
      .option("list", { type: "boolean", default: false, describe: "list the scenarios" }),
  async run(args, io) {
    if (args.list) {
      const scenarios = SCENARIOS.map((s) => ({ name: s.name, level: s.level, description: s.description }));
      if (args.json) printJson(io, { scenarios });
      else io.out(formatTable(["name", "level", "description"], scenarios.map((s) => [s.name, s.level, s.description])));
      return;
    }
    if (!args.scenario) throw inputError("usage", "missing --scenario (see flowtrace generate --list)");
    if (!args.out) throw inputError("usage", "missing --out folder");
    const r = { ...(await generateCaseFiles({ scenario: args.scenario, seed: args.seed, out: resolve(args.out), transfers: args.transfers, victims: args.victims, lang: parseLang(args.lang) })), out: args.out };
    if (args.json) printJson(io, r);
    else io.out(`wrote ${r.transfers} transfers, ${r.accounts} accounts, ${r.ransom_payments} ransom payments to ${args.out}\n${r.files.map((f) => `  ${f}`).join("\n")}\n`);
  },
});
