import { describe, expect, it } from "vitest";
import { families, familyTransfers } from "../src/report/families.js";
import { fixtureData } from "./golden/report/fixture.js";

describe("familyTransfers(data, families)", () => {
  it("follows each family's share exactly through the allocation ledger", () => {
    const data = {
      ...fixtureData(),
      ledgerLinks: [
        { outTx: "T4", inTx: "T1", tainted: 3000 }, { outTx: "T4", inTx: "T2", tainted: 1000 },
        { outTx: "T5", inTx: "T2", tainted: 1300 },
        { outTx: "T6", inTx: "T3", tainted: 4000 }, { outTx: "T7", inTx: "T3", tainted: 600 },
        { outTx: "T8", inTx: "T4", tainted: 4000 }, { outTx: "T8", inTx: "T6", tainted: 2000 },
        { outTx: "T9", inTx: "T6", tainted: 1400 },
      ],
    };
    const fams = families(data);
    const r = familyTransfers(data, fams);
    expect(r.exact).toBe(true);
    const of = (payer: string) => [...r.txs.get(payer)!].sort();
    expect(of("wallet:+31612345678")).toEqual(["T1", "T4", "T8"]);
    expect(of("wallet:+46701234567")).toEqual(["T2", "T4", "T5", "T8"]);
    expect(of("iban:DE89370400440532013000")).toEqual(["T3", "T6", "T7", "T8", "T9"]);
  });

  it("keeps a family that is not highlighted in the mix (its share is not given to others)", () => {
    const data = { ...fixtureData(), ledgerLinks: [{ outTx: "T4", inTx: "T1", tainted: 10 }, { outTx: "T4", inTx: "T2", tainted: 3990 }] };
    const only = families(data).filter((f) => f.key === "wallet:+31612345678");
    const r = familyTransfers(data, only);
    // T1's family holds 10 of T4's 4,000: above the 0.1 % floor, so T4 counts, but T8 (no link) does not.
    expect([...r.txs.get("wallet:+31612345678")!].sort()).toEqual(["T1", "T4"]);
  });

  it("falls back to reachability, and says so, without a usable ledger or all trajectories", () => {
    const r = familyTransfers(fixtureData(), families(fixtureData()));
    expect(r.exact).toBe(false);
    expect(r.txs.get("wallet:+31612345678")!.has("T8")).toBe(true);
  });
});
