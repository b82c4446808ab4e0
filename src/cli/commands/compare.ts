// `flowtrace compare`: the same seeds and options traced under every allocation rule, one stored
// run per rule, printed side by side (the law differs between countries; investigators present
// the range). The report finds the runs of a comparison by their equal seeds and options.
import { openCase } from "../../db/connect.js";
import { traceCase } from "../../trace/traceCase.js";
import { traceOptions, traceRequest } from "../../trace/traceOptions.js";
import { TOTALS } from "../../trace/totals.js";
import { METHODS } from "../../trace/types.js";
import type { TraceDoc } from "../../trace/runDocument.js";
import { inputError } from "../../errors.js";
import { defineCommand } from "../command.js";
import { formatTable, money, printJson } from "../output.js";
import { allJson, exec } from "../../db/sql.js";

export const compareCommand = defineCommand({
  builder: (y) => traceOptions(y.option("top", { type: "number", default: 10, describe: "accounts to show per method" })),
  async run(args, io) {
    if (args.direction === "backward") throw inputError("bad_option", "compare traces forward only", { value: "backward" });
    const db = await openCase(args.db);
    try {
      const docs: TraceDoc[] = [];
      // The user's own trace runs stay theirs when compare stores the same run (same id) again.
      const keep = (await allJson(db.conn, "compare/trace_made_runs")).map((r) => ({ run_id: String(r.run_id), started_at: String(r.started_at), finished_at: String(r.finished_at) }));
      for (const method of METHODS) docs.push(await traceCase(db, await traceRequest(db, args, method), () => io.now(), "accounts"));
      // Compare's runs are marked, so that `report` defaults to the user's latest trace run.
      await exec(db.conn, "compare/mark_runs", { runs: JSON.stringify(docs.map((d) => d.run_id)), keep: JSON.stringify(keep) });
      const names = new Set<string>();
      for (const d of docs) for (const a of d.accounts.slice(0, args.top)) names.add(String(a.account));
      const accounts = [...names].sort().map((account) => {
        const row: Record<string, unknown> = { account };
        for (const d of docs) row[d.method] = d.accounts.find((a) => a.account === account)?.tainted_in ?? 0;
        return row;
      }).sort((x, y) => Number(y.haircut) - Number(x.haircut) || String(x.account).localeCompare(String(y.account)));
      const doc = {
        seeds: docs[0]!.seeds, options: docs[0]!.options,
        runs: docs.map((d) => ({ method: d.method, run_id: d.run_id, totals: d.totals })),
        accounts,
      };
      if (args.json) return printJson(io, doc);
      io.out(formatTable(["total", ...METHODS], TOTALS.map((k) => [k, ...docs.map((d) => money(d.totals[k]))])) + "\n");
      io.out("tainted received, by method\n");
      io.out(formatTable(["account", ...METHODS], accounts.map((a) => [a.account, ...METHODS.map((m) => money(Number(a[m])))])));
      io.out(`\nruns: ${docs.map((d) => `${d.method}=${d.run_id}`).join(" ")}\n`);
    } finally {
      db.close();
    }
  },
});
