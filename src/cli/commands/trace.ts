// `flowtrace trace`: follow seeds forward (or a target backward) under one allocation rule,
// store the run in the case and print it (docs/spec/cli-contract.md).
import { openCase } from "../../db/connect.js";
import { TOTALS } from "../../trace/totals.js";
import { traceCase } from "../../trace/traceCase.js";
import { mark } from "../../trace/timing.js";
import { traceOptions, traceRequest } from "../../trace/traceOptions.js";
import type { TraceDoc } from "../../trace/runDocument.js";
import { defineCommand } from "../command.js";
import type { Io } from "../io.js";
import { formatTable, money, printJsonStreaming } from "../output.js";

export const traceCommand = defineCommand({
  builder: (y) => traceOptions(y),
  async run(args, io) {
    const db = await openCase(args.db);
    try {
      const req = await traceRequest(db, args);
      for (const x of req.seeds.excluded ?? []) io.err(`trace: seed ${x.tx_id} left out: ${x.target} is labelled exclude (note ${x.note_id}: ${x.reason})\n`);
      const doc = await traceCase(db, req, () => io.now(), args.json ? "full" : "summary");
      if (args.json) await printJsonStreaming(io, doc as unknown as Record<string, unknown>);
      else printTrace(io, doc);
    } finally {
      db.close();
      mark("close (checkpoint)");
    }
  },
});

export function printTrace(io: Io, doc: TraceDoc): void {
  io.out(`run ${doc.run_id}: ${doc.method}, ${doc.direction}\n\n`);
  const t = doc.totals;
  const rows = TOTALS.map((k) => [k, money(t[k])]);
  io.out(formatTable(["total", "amount"], rows) + "\n");
  const top = doc.accounts.slice(0, 15);
  io.out(formatTable(["account", "kind", "tainted in", "tainted out", "retained", "first hop"],
    top.map((a) => [a.account, a.kind, money(Number(a.tainted_in)), money(Number(a.tainted_out)), money(Number(a.retained)), a.first_hop])));
  const count = doc.account_count ?? doc.accounts.length;
  if (count > top.length) io.out(`… ${count - top.length} more accounts (--json, or flowtrace sql on trace_accounts)\n`);
  // Inferred links are in no record: say how many the figures above rest on.
  const inf = doc.inferred_links;
  if (inf.followed > 0) io.out(`followed ${inf.followed} inferred link${inf.followed === 1 ? "" : "s"} (hawala bridges, in no record; confidence ${inf.min_confidence} to ${inf.max_confidence}; flowtrace hawala shows the evidence)\n`);
  else if (doc.options.inferred === true) io.out("followed no inferred link\n");
  if (doc.origins?.length) {
    io.out("\n" + formatTable(["origin", "kind", "contributed"], doc.origins.slice(0, 15).map((o) => [o.account, o.origin, money(Number(o.contributed))])));
  }
}
