// The rules' table (src/trace/methods.ts) says what docs/spec/tracing-semantics.md says of each
// rule, and a rule's name from outside (an option, a stored run) is checked at the edge.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openCase } from "../src/db/connect.js";
import { FlowtraceError } from "../src/errors.js";
import { METHOD_TRAITS, METHODS, parseMethod } from "../src/trace/methods.js";
import { cli } from "./util/cli.js";
import { makeCase } from "./util/case.js";

const withTrait = (t: (m: (typeof METHOD_TRAITS)[keyof typeof METHOD_TRAITS]) => boolean) => METHODS.filter((m) => t(METHOD_TRAITS[m]));

describe("the rules' table", () => {
  it("has the traits the spec gives each rule", () => {
    expect(Object.keys(METHOD_TRAITS)).toEqual([...METHODS]);
    expect(withTrait((t) => !t.conserving)).toEqual(["poison"]); // "Except poison, every method conserves value"
    expect(withTrait((t) => t.backward)).toEqual(["poison", "haircut", "fifo", "lifo"]); // Backward trace
    expect(withTrait((t) => t.trajectories)).toEqual(["haircut", "fifo", "lifo"]); // Trajectories: the linear methods
    expect(METHODS.map((m) => [m, METHOD_TRAITS[m].share, METHOD_TRAITS[m].lots])).toEqual([
      ["poison", "reach", null], ["haircut", "pooled", null], ["fifo", "lots", "oldest-first"],
      ["lifo", "lots", "newest-first"], ["libr", "clean-first", null], ["tainted-first", "tainted-first", null],
    ]);
  });

  it("accepts a rule's name exactly and rejects anything else as an input error", () => {
    for (const m of METHODS) expect(parseMethod(m)).toBe(m);
    for (const bad of ["FIFO", "fifo ", "", null, 3]) {
      const e = (() => { try { return parseMethod(bad); } catch (err) { return err; } })();
      expect(e).toBeInstanceOf(FlowtraceError);
      expect((e as FlowtraceError).code).toBe("bad_method");
    }
  });

  it("refuses a stored run whose method is not a rule (exit 1, one line naming the value)", async () => {
    const c = await makeCase({ transfers: "tx_id,timestamp,from_account,to_account,amount,currency\nt1,2024-01-01T00:00:00Z,a,b,10.00,USD\nt2,2024-01-02T00:00:00Z,b,c,5.00,USD\n" });
    const traced = await cli(["trace", "--db", c.db, "--seed-tx", "t1", "--method", "fifo", "--json"]);
    expect(traced.code).toBe(0);
    const db = await openCase(c.db);
    try {
      await db.conn.run("UPDATE trace_runs SET method = 'FIFO'");
    } finally {
      db.close();
    }
    const r = await cli(["report", "--db", c.db, "--out", join(c.dir, "r.html")]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringContaining('unknown method of stored run (one of poison, haircut, fifo, lifo, libr, tainted-first) (value "FIFO")')]);
  });
});
