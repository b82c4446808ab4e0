// `flowtrace export --format F --out FILE [--run ID] [--redact]`: the case or a trace run for
// Aleph (FtM), FIUs (goAML), notebooks (Arrow, Parquet, CSV), graph tools (GraphML), and the
// list of institutions to ask next (next-steps).
import { openCase } from "../../db/connect.js";
import { EXPORT_FORMATS, exportCase, type ExportFormat } from "../../export/exportCase.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";
import { redactionFromArgs, redactionOptions, type RedactionArgs } from "../redactionArgs.js";

interface Args extends RedactionArgs { format: ExportFormat; out: string; run?: string; jurisdiction?: string }

export const exportCommand = defineCommand<Args>({
  builder: (y) => redactionOptions(y)
    .option("format", { choices: EXPORT_FORMATS, demandOption: true, describe: "output format" })
    .option("out", { type: "string", demandOption: true, describe: "file to write (tables also write FILE.accounts.EXT and FILE.ledger.EXT)" })
    .option("run", { type: "string", describe: "export this trace run's transfers, accounts and ledger (default: the whole case)" })
    .option("jurisdiction", { type: "string", describe: "your country (ISO code), for next-steps: production order at home, FIU/MLA request abroad" }) as never,
  async run(args, io) {
    // Redaction may have to create the case's secret the first time, so the case opens writable then.
    const db = await openCase(args.db, { readOnly: !args.redact });
    try {
      const redaction = await redactionFromArgs(db, args, io, args.run);
      const result = await exportCase(db, {
        format: args.format, out: args.out, redaction, now: io.now(),
        ...(args.run !== undefined ? { runId: args.run } : {}), ...(args.jurisdiction ? { jurisdiction: args.jurisdiction } : {}),
      });
      if (args.json) { printJson(io, result); return; }
      if (result.next_steps) {
        io.out(formatTable(["hop", "institution", "country", "accounts", "transfers", "traced", "request"],
          result.next_steps.map((s) => [s.hop, s.institution, s.country, s.accounts.length, s.transfers, s.traced_amount, s.request])));
      }
      io.out(`wrote ${result.files.join(", ")} (${result.transfers} transfers, ${result.accounts} accounts${args.redact ? `, ${result.redacted_people} people pseudonymised` : ""})\n`);
    } finally {
      db.close();
    }
  },
});
