// The flow diagram's box labels: a label must not run into the next column's boxes (on a
// long chain every column has a box at the same height), and the full name stays in the
// box's title. Label widths are estimated at 6.2 units a character, the width sankey.ts
// assumes for its 10.5 px labels.
import { describe, expect, it } from "vitest";
import { sankeyChart } from "../src/report/sankey.js";
import type { ReportAccount, ReportTransfer } from "../src/report/model.js";

const NAMES = ["Ghebremedhin Tesfamariam Abraha", "Mohammed Yousef Siddig Osman", "Haile Habtom Woldemichael",
  "Idris Idris Abdalla Mohammed", "Asmerom Habtom Araya Tekle", "Red Sea Travel & Tours Ltd", "Desert Line Transport LLC"];

function chain(): { transfers: ReportTransfer[]; accounts: Map<string, ReportAccount> } {
  const accounts = new Map<string, ReportAccount>();
  NAMES.forEach((holder, i) => accounts.set(`acct:${i}`, {
    id: `acct:${i}`, holder, kind: "bank", institution: null, country: null, role: i === 0 ? "relative" : i < 4 ? "collector" : "leader",
    roleReason: "test", taintedIn: 12_345, taintedOut: 12_345, retained: 0, exited: 0, unexplainedOut: 0, firstHop: i - 1, firstSeen: null, lastSeen: null,
  }));
  // acct:0 pays acct:1 (hop 0), which passes it on hop by hop to acct:6 (hop 5): seven columns.
  const transfers = NAMES.slice(1).map((_, i): ReportTransfer => ({
    txId: `TX${i}`, ts: `2025-03-0${i + 1}T10:00:00Z`, from: `acct:${i}`, to: `acct:${i + 1}`, amount: 12_345, currency: "USD",
    valueOut: 12_345, valueIn: 12_345, tainted: 12_345, taintedIn: 12_345, hop: i, beyondHorizon: 0, belowThreshold: 0, fees: 0,
    channel: "bank", reference: null, sourceFile: "t.csv", sourceRow: i + 2, isSeed: i === 0,
  }));
  return { transfers, accounts };
}

/** The text an escaped attribute or element holds. */
const text = (h: string) => h.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

describe("flow diagram labels", () => {
  it("end before the next column's boxes, and keep the full name in the title", () => {
    const { transfers, accounts } = chain();
    const svg = String(sankeyChart(transfers, accounts, "USD").svg);
    const boxes = [...svg.matchAll(/<g class="node" data-acct="([^"]*)"><rect x="([\d.]+)"[^>]*><title>([^<]*)<\/title><\/rect><text x="([\d.]+)"[^>]*>([^<]*) <tspan class="amt">([^<]*)<\/tspan>/g)]
      .map((m) => ({ acct: m[1]!, x: Number(m[2]), title: text(m[3]!), textX: Number(m[4]), name: text(m[5]!), amount: m[6]! }));
    expect(boxes.map((b) => b.acct)).toEqual(NAMES.map((_, i) => `acct:${i}`));
    const xs = [...new Set(boxes.map((b) => b.x))].sort((a, b) => a - b);
    expect(xs).toHaveLength(7);
    for (const b of boxes) {
      const holder = accounts.get(b.acct)!.holder!;
      expect(b.title).toContain(holder);
      const next = xs[xs.indexOf(b.x) + 1];
      if (next === undefined) {
        // The last column has the label room to the right: 19 characters and the ellipsis.
        expect(b.name).toBe(`${Array.from(holder).slice(0, 19).join("")}…`);
        continue;
      }
      const end = b.textX + Array.from(`${b.name} ${b.amount}`).length * 6.2;
      expect(end, `${b.acct} ${b.name}`).toBeLessThanOrEqual(next);
      expect(b.name.endsWith("…") && holder.startsWith(b.name.slice(0, -1))).toBe(true);
      expect(Array.from(b.name).length).toBeGreaterThanOrEqual(8);
    }
  });
});
