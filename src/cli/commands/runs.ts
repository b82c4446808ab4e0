// `flowtrace runs`: the trace runs stored in the case, so a report or export can name one.
import { openCase } from "../../db/connect.js";
import { allJson } from "../../db/sql.js";
import { defineCommand } from "../command.js";
import { formatTable, money, printJson } from "../output.js";

export const runsCommand = defineCommand({
  builder: (y) => y,
  async run(args, io) {
    const db = await openCase(args.db, { readOnly: true });
    try {
      const runs = (await allJson(db.conn, "trace/runs_list")).map((r) => {
        const totals = JSON.parse(String(r.totals));
        return {
          run_id: r.run_id, method: r.method, direction: r.direction, options: JSON.parse(String(r.options)),
          seeds: JSON.parse(String(r.seeds)), totals: totals.presented ?? totals, tool_version: r.tool_version,
          started_at: r.started_at, finished_at: r.finished_at,
        };
      });
      if (args.json) return printJson(io, { runs });
      io.out(formatTable(["run", "method", "direction", "seeds", "seeded", "retained", "finished"], runs.map((r) => [
        r.run_id, r.method, r.direction, seedText(r.seeds), money(r.totals.seeded), money(r.totals.retained), r.finished_at,
      ])));
    } finally {
      db.close();
    }
  },
});

function seedText(s: Record<string, unknown>): string {
  if (s.target) return `target ${s.target}`;
  const ids = (s.tx_ids as string[] | undefined) ?? [];
  return ids.length <= 3 ? ids.join(",") : `${ids.slice(0, 3).join(",")} +${ids.length - 3}`;
}
