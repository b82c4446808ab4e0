// `flowtrace xref OTHER.duckdb [...]`: the accounts, phone numbers and persons this case shares
// with other cases, with the amounts each side's latest trace run traced (docs/casework.md).
// Both cases are opened read-only.
import { existsSync } from "node:fs";
import { xrefCases } from "../../casework/xref.js";
import { openCase } from "../../db/connect.js";
import { inputError } from "../../errors.js";
import { defineCommand } from "../command.js";
import { formatTable, money, printJson } from "../output.js";

export const xrefCommand = defineCommand<{ others: string[]; all: boolean }>({
  builder: (y) => y.positional("others", { type: "string", array: true, describe: "other case files" })
    .option("all", { type: "boolean", default: false, describe: "also list what neither case's latest trace reached" }) as never,
  async run(args, io) {
    if (!existsSync(args.db)) throw inputError("no_case", "case database not found", { file: args.db });
    const db = await openCase(args.db, { readOnly: true });
    try {
      const cases = await xrefCases(db, args.others.map(String), args.all);
      if (args.json) { printJson(io, { currency: db.currency, cases }); return; }
      for (const c of cases) {
        io.out(`${c.case_file}: ${c.links.length} shared (amounts in ${db.currency}${c.currency !== db.currency ? ` here, ${c.currency} there` : ""}; runs ${c.here_run ?? "none"} here, ${c.other_run ?? "none"} there)\n`);
        if (c.links.length) {
          io.out(formatTable(["kind", "shared", "here", "traced in here", "there", "traced in there"], c.links.map((l) => [
            l.kind, l.value, `${l.here_name ?? ""} ${l.here_accounts.join(" ")}`.trim(), money(l.here_traced_in),
            `${l.other_name ?? ""} ${l.other_accounts.join(" ")}`.trim(), money(l.other_traced_in),
          ])));
        }
      }
    } finally {
      db.close();
    }
  },
});
