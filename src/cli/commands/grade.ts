// `flowtrace grade`: score a participant's answers against a generated case's answer key.
import { readFileSync } from "node:fs";
import { inputError } from "../../errors.js";
import { gradeAnswers } from "../../grade/gradeAnswers.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw inputError("no_file", `cannot read file: ${(e as NodeJS.ErrnoException).code ?? "error"}`, { file: path });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw inputError("bad_json", `not JSON: ${(e as Error).message.split("\n")[0]!.toLowerCase()}`, { file: path });
  }
}

export const gradeCommand = defineCommand({
  builder: (y) =>
    y.option("key", { type: "string", demandOption: true, describe: "answer_key.json of the case" })
      .option("answers", { type: "string", demandOption: true, describe: "the participant's answers (JSON, see answers-template.json)" }),
  async run(args, io) {
    const result = gradeAnswers(readJson(args.key), readJson(args.answers), { key: args.key, answers: args.answers });
    if (args.json) return printJson(io, result);
    io.out(formatTable(["question", "score", "feedback"], result.items.map((i) => [i.id, i.score, i.feedback])));
    io.out(`\nscore: ${(result.score * 100).toFixed(1)} %\n`);
  },
});
