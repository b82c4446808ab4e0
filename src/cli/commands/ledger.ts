// `flowtrace ledger --run ID [--account A] [--csv FILE]`: the allocation ledger of a stored run:
// for every traced outflow, which earlier inflows funded its tainted part and how much, under
// the run's rule, with the source records of both sides. The expert witness's arithmetic trail.
import { writeFileSync } from "node:fs";
import { openCase } from "../../db/connect.js";
import { allJson } from "../../db/sql.js";
import { inputError } from "../../errors.js";
import { csvText } from "../../trace/csvText.js";
import { cents } from "../../trace/money.js";
import { defineCommand } from "../command.js";
/* eslint-disable @typescript-eslint/no-explicit-any */
import { formatTable, money, printJson } from "../output.js";

const COLUMNS = ["account", "out_tx", "out_time", "in_tx", "in_time", "origin", "amount", "tainted", "hop", "balance_before", "tainted_before", "out_source_file", "out_source_row", "in_source_file", "in_source_row", "out_inferred", "in_inferred"];
// An inferred link (hawala bridge) exists in no record: the person reading the table must see it.
const mark = (tx: unknown, inferred: unknown) => (tx === null || tx === undefined ? "" : inferred === true ? `${String(tx)} [inferred]` : String(tx));

export const ledgerCommand = defineCommand({
  builder: (y) => y
    .option("run", { type: "string", demandOption: true, describe: "run id (flowtrace runs)" })
    .option("account", { type: "string", describe: "only this account's outflows" })
    .option("csv", { type: "string", describe: "write the ledger to this CSV file" }),
  async run(args, io) {
    const db = await openCase(args.db, { readOnly: true });
    try {
      const run = await allJson(db.conn, "trace/run_get", { run_id: args.run });
      if (!run.length) throw inputError("unknown_run", "unknown run", { value: args.run });
      const rows = (await allJson(db.conn, "trace/ledger_rows", { run_id: args.run, account: args.account ?? null })).map((r): Record<string, any> => ({
        ...r, amount: cents(Number(r.amount)), tainted: cents(Number(r.tainted)),
        balance_before: r.balance_before === null ? null : cents(Number(r.balance_before)),
        tainted_before: r.tainted_before === null ? null : cents(Number(r.tainted_before)),
        out_source_row: r.out_source_row === null ? null : Number(r.out_source_row),
        in_source_row: r.in_source_row === null ? null : Number(r.in_source_row),
      }));
      if (args.csv) {
        writeFileSync(args.csv, csvText(COLUMNS, rows.map((r) => COLUMNS.map((c) => (r as Record<string, unknown>)[c]))));
        io.err(`wrote ${rows.length} ledger rows to ${args.csv}\n`);
      }
      if (args.json) return printJson(io, { run_id: args.run, method: run[0]!.method, rows });
      if (args.csv) return;
      io.out(formatTable(["account", "outflow", "funded by", "origin", "amount", "tainted", "hop"], rows.map((r) => [
        r.account, mark(r.out_tx, r.out_inferred), mark(r.in_tx, r.in_inferred), r.origin, money(r.amount), money(r.tainted), r.hop,
      ])));
      const inferred = rows.filter((r) => r.out_inferred === true || r.in_inferred === true).length;
      if (inferred) io.out(`${inferred} row${inferred === 1 ? "" : "s"} rest on an inferred link ([inferred]: a hawala bridge, in no record; flowtrace hawala shows the evidence)\n`);
    } finally {
      db.close();
    }
  },
});
