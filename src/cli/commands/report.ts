// `flowtrace report [--run RUN_ID] --out FILE.html [--redact]`: one self-contained HTML report
// of a trace run (default: the latest), readable offline by people who never run the CLI.
import { openCase } from "../../db/connect.js";
import { inputError } from "../../errors.js";
import { writeReport } from "../../report/writeReport.js";
import { defineCommand } from "../command.js";
import { printJson } from "../output.js";
import { headlineJson } from "../../report/headline.js";
import { redactionFromArgs, redactionOptions, type RedactionArgs } from "../redactionArgs.js";

export const reportCommand = defineCommand<{ run?: string; out: string; generatedAt?: string; title?: string; xref?: string[] } & RedactionArgs>({
  builder: (y) =>
    redactionOptions(y)
      .option("run", { type: "string", describe: "trace run id (default: the latest run)" })
      .option("out", { type: "string", demandOption: true, describe: "the HTML file to write" })
      .option("generated-at", { type: "string", describe: "the time the report says it was written (ISO 8601; default now, or SOURCE_DATE_EPOCH)" })
      .option("title", { type: "string", describe: "the report's title" })
      .option("xref", { type: "string", array: true, describe: "other case files: add a \"seen in other cases\" section (opened read-only)" }),
  async run(args, io) {
    let generatedAt = io.now();
    if (args.generatedAt !== undefined) {
      generatedAt = new Date(args.generatedAt);
      if (Number.isNaN(generatedAt.getTime())) throw inputError("bad_option", "invalid --generated-at, expected ISO 8601", { value: args.generatedAt });
    }
    // Redaction may create the case's pseudonym key on first use, so it needs write access.
    const db = await openCase(args.db, { readOnly: !args.redact });
    try {
      const redaction = await redactionFromArgs(db, args, io, args.run);
      const r = await writeReport(db, args.out, {
        runId: args.run, generatedAt, title: args.title, ...(args.xref?.length ? { xref: args.xref.map(String) } : {}), redaction,
      });
      // The headline figures (docs/report.md), then the file written.
      if (args.json) printJson(io, { ...(r.headline ? headlineJson(r.headline) : { run_id: r.runId }), path: r.path, bytes: r.bytes, sha256: r.sha256, transfers: r.transfers, accounts: r.accounts, redacted: args.redact });
      else io.out(`wrote ${r.path} (${(r.bytes / 1024).toFixed(0)} KiB) for run ${r.runId}${r.headline ? ` (rule ${r.headline.method})` : ""}: ${r.transfers} transfers, ${r.accounts} accounts${args.redact ? ", pseudonymised" : ""}\n`);
    } finally {
      db.close();
    }
  },
});
