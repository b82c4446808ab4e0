// Every user error is exit 1 with one line, never a stack trace; exit 2 is for faults (issue 18).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "./util/cli.js";
import { makeCase } from "./util/case.js";
import { tmpDir } from "./util/tmp.js";

describe("output paths a user can get wrong", () => {
  let db = "";
  beforeAll(async () => {
    db = (await makeCase({
      transfers: [
        { tx_id: "t1", timestamp: "2024-01-01T00:00:00Z", from_account: "a", to_account: "b", amount: "10.00", currency: "USD" },
        { tx_id: "t2", timestamp: "2024-01-02T00:00:00Z", from_account: "b", to_account: "c", amount: "10.00", currency: "USD" },
      ],
    })).db;
    expect((await cli(["trace", "--seed-tx", "t1", "--db", db])).code).toBe(0);
  });

  const lines: [string, string[], RegExp][] = [
    ["export to a missing folder", ["export", "--format", "csv", "--out", "/nonexistent/x.csv"], /cannot write "\/nonexistent\/x.csv": no such file or directory/],
    ["export to a folder", ["export", "--format", "csv", "--out", "."], /is a folder/],
    ["report to a folder", ["report", "--out", "."], /is a folder/],
    ["report to an empty name", ["report", "--out", ""], /cannot write/],
    ["report into /proc", ["report", "--out", "/proc/x/r.html"], /cannot write/],
    ["generate into a device", ["generate", "--scenario", "first-case", "--out", "/dev/full"], /exists and is not a folder/],
    ["generate into /proc (recursive mkdir loops there)", ["generate", "--scenario", "first-case", "--out", "/proc/flowtrace-x"], /cannot write/],
    ["ingest with an impossible timezone", ["ingest", "nothing.csv", "--timezone", "+99:00"], /impossible timezone offset/],
  ];
  for (const [name, args, why] of lines) {
    it(`${name}: exit 1, one line`, async () => {
      const r = await cli([...args, "--db", db]);
      expect(r.code, r.stderr).toBe(1);
      const l = r.stderr.trim().split("\n");
      expect(l).toHaveLength(1);
      expect(l[0]).toMatch(why);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    });
  }

  it.skipIf(!existsSync("/dev/full"))("a full disk while writing is exit 1, one line", async () => {
    const r = await cli(["export", "--format", "csv", "--out", "/dev/full", "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe("flowtrace: cannot write output: no space left on device");
  });

  it("an --timezone refused before the case is created leaves no case file", async () => {
    const fresh = join(tmpDir(), "new.duckdb");
    expect((await cli(["ingest", "x.csv", "--timezone", "+14:30", "--db", fresh])).code).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  });
});
