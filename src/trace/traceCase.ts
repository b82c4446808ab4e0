// The tracing stage's main function: resolve the run, load the columns the allocation pass
// needs (the recursive SQL bounds them to the reachable part of the case), run the pure core,
// store every result under a deterministic run id, and return the document `trace --json` prints.
import type { CaseDb } from "../db/connect.js";
import { inTransaction, inTransactionUnlessNull } from "../db/connect.js";
import { allJson, exec } from "../db/sql.js";
import { TOOL_VERSION } from "../version.js";
import { backwardTrace } from "./backwardTrace.js";
import { forwardCore } from "./forwardCore.js";
import { loadAccounts, loadFlows, prepareSeeds, type LoadedFlows } from "./loadFlows.js";
import { METHOD_TRAITS } from "./methods.js";
import { pipelinedPass } from "./pipelinedPass.js";
import { runDocument, type DocView, type TraceDoc } from "./runDocument.js";
import { flowsHaveBalances, prepareFlows } from "./prepareFlows.js";
import { presentTotals } from "./presentTotals.js";
import { runId } from "./runId.js";
import { replaceRun, storeForward, TransferRows } from "./storeForward.js";
import { mark } from "./timing.js";
import { storeTrajectories, trajectories } from "./trajectories.js";
import type { TraceRequest } from "./traceRequest.js";
import type { TraceCore } from "./types.js";

export type { TraceRequest } from "./traceRequest.js";

export async function traceCase(db: CaseDb, req: TraceRequest, now: () => Date, view: DocView = "full"): Promise<TraceDoc> {
  const started = now();
  mark("start");
  const options = {
    max_hops: req.maxHops, since: req.since ?? null, until: req.until ?? null, min_amount: req.minAmount,
    opening_balance: req.opening, inferred: req.inferred, target: req.target ?? null,
  };
  const sources = await allJson(db.conn, "trace/sources_list");
  const id = runId({ method: req.method, direction: req.direction, options, seeds: req.seeds.txIds, sources: sources.map((s) => String(s.sha256)) });
  const until = req.until ? Date.parse(`${req.until.replace(" ", "T")}Z`) / 1000 : 253402300799; // 9999-12-31T23:59:59Z
  const rebuilt = await prepareFlows(db);
  mark(rebuilt ? "flow table rebuilt" : "flow table current");
  if (req.direction === "forward") {
    await prepareSeeds(db, req.seeds.txIds);
    mark("seeds");
    const accounts = await loadAccounts(db);
    mark("accounts");
    const engine = req.engine === "hybrid" || req.engine === "stream" ? req.engine : await chooseEngine(db, req.seeds.txIds.length, accounts.count, req.minAmount, until, req.inferred);
    mark(`engine ${engine}`);
    const coreOptions = { method: req.method, maxHops: req.maxHops, minAmount: req.minAmount, opening: req.opening, ledger: req.ledger };
    // Everything of a forward run after its pass, inside the run's transaction.
    const store = async (key: number, { flows, pos, seq }: LoadedFlows, core: TraceCore, rows?: TransferRows) => {
      const totals = { ...core.totals, presented: presentTotals(core.totals, METHOD_TRAITS[req.method].conserving) };
      const trj = METHOD_TRAITS[req.method].trajectories && req.trajectories > 0 && core.ledger
        ? trajectories(flows, accounts, core, req.trajectories) : null;
      mark("trajectories");
      await storeForward(db, id, key, pos, seq, core, rows);
      if (trj) await storeTrajectories(db, id, trj, pos);
      mark("store: trajectories");
      await storeRun(db, id, req, options, sources, totals, started, now());
      mark("store: run");
    };
    // A full pass overlaps the read and the allocation pass when nothing needs every transfer
    // first, and stores the pass's transfer rows while it runs. If the rows do not arrive in
    // processing order it gives up, and what it stored is rolled back.
    const overlap = engine === "stream" && req.opening === "zero" && !(await flowsHaveBalances(db));
    let storedEarly = 0;
    const piped = overlap && await inTransactionUnlessNull(db, async () => {
      const key = await replaceRun(db, id);
      const rows = await TransferRows.open(db, key, req.pass?.storeBlock);
      try {
        const result = await pipelinedPass(db, accounts, { until, inferred: req.inferred }, coreOptions, (t, final, seq) => rows.add(t, final, seq), req.pass?.lockstep);
        if (!result) return null;
        const { core, ...loaded } = result;
        mark(`flows and core, overlapped (${loaded.flows.n} transfers)`);
        await store(key, loaded, core, rows);
        return true;
      } finally {
        storedEarly = rows.storedEarly;
        rows.close();
      }
    });
    req.pass?.observe?.({ overlapped: piped === true, storedEarly });
    if (!piped) {
      const loaded = engine === "stream"
        ? await loadFlows(db, "trace/all_flows", { until, inferred: req.inferred })
        : await loadFlows(db, "trace/forward_flows", { max_hops: req.maxHops, min_amount: req.minAmount, until, inferred: req.inferred });
      mark(`flows (${loaded.flows.n} transfers)`);
      const core = forwardCore(loaded.flows, accounts, coreOptions);
      mark("core");
      await inTransaction(db, async () => store(await replaceRun(db, id), loaded, core));
    }
    mark("store: commit");
  } else {
    await inTransaction(db, async () => {
      const key = await replaceRun(db, id);
      const t = await backwardTrace(db, req, until, id, key);
      await storeRun(db, id, req, options, sources, t, started, now());
    });
  }
  const doc = await runDocument(db, id, view);
  mark("document");
  return doc;
}

/**
 * Two hops reaching more than 2 % of the case's accounts means most of it is reachable in six:
 * one pass over every transfer ("stream") is then cheaper than bounding them first ("hybrid").
 * The probe (trace/reach_probe) counts those two hops; it is skipped when the seeds times the
 * average out-degree squared already exceeds the 2 % (the expected two-hop reach of that many
 * seeds), because then a wrong guess can only cost one full pass, the price of the large trace
 * itself, while the probe costs about 0.3 s at 10M transfers.
 */
async function chooseEngine(db: CaseDb, seeds: number, accounts: number, minAmount: number, until: number, inferred: boolean): Promise<"hybrid" | "stream"> {
  const degree = Number((await allJson(db.conn, "trace/flows_count"))[0]!.n) / Math.max(1, accounts);
  if (seeds * degree * degree > 0.02 * accounts) return "stream";
  const probe = (await allJson(db.conn, "trace/reach_probe", { min_amount: minAmount, until, inferred }))[0]!;
  return Number(probe.reached) > 0.02 * Number(probe.accounts) ? "stream" : "hybrid";
}

async function storeRun(db: CaseDb, id: string, req: TraceRequest, options: object, sources: object[], totals: object, started: Date, finished: Date) {
  await exec(db.conn, "trace/store_run", {
    run_id: id, method: req.method, direction: req.direction, options: JSON.stringify(options),
    seeds: JSON.stringify(req.direction === "forward" ? { [req.seeds.kind]: req.seeds.value, tx_ids: req.seeds.txIds } : { target: req.target }),
    sources: JSON.stringify(sources), totals: JSON.stringify(totals), tool_version: TOOL_VERSION,
    started_at: started.toISOString(), finished_at: finished.toISOString(),
  });
}
