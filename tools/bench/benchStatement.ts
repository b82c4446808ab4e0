// A long synthetic M-Pesa statement for the formats bench (src/bench/formats.ts): `rows`
// transfers in and out of one wallet, every tenth with its charge row, Details on two lines,
// written as a PDF by the generator's own writer (mpesaStatementPdf.ts).
import type { Line, MpesaStatementDoc } from "../../src/generate/raw/mpesaStatement.js";
import { Rng } from "../../src/generate/rng.js";

export function benchStatementDoc(rows: number): MpesaStatementDoc {
  const rng = new Rng("bench-statement");
  const lines: Line[] = [];
  let balance = 500_000_00n;
  let ts = Date.UTC(2025, 1, 3) / 1000;
  for (let i = 0; i < rows; i++) {
    ts += rng.int(60, 7200);
    const out = rng.chance(0.5);
    const amount = BigInt(rng.int(100, 500_000)) * 100n + BigInt(rng.int(0, 99));
    balance += out ? -amount : amount;
    const receipt = `TB${String(i).padStart(8, "0")}`;
    const who = `07******${String(rng.int(100, 999))} PERSON ${i % 97}`;
    lines.push({ receipt, ts, details: out ? `Customer Transfer to -\n${who}` : `Funds received from -\n${who}`, status: "Completed", paidIn: out ? 0n : amount, withdrawn: out ? amount : 0n, balance });
    if (out && i % 10 === 0) {
      balance -= 33_00n;
      lines.push({ receipt, ts, details: "Customer Transfer of Funds Charge", status: "Completed", paidIn: 0n, withdrawn: 33_00n, balance });
    }
  }
  return {
    preamble: [["Customer Name", "BENCH CUSTOMER"], ["Mobile Number", "0712345678"], ["Statement Period", "03 Feb 2025 - 31 Dec 2025"]],
    header: ["Receipt No.", "Completion Time", "Details", "Transaction Status", "Paid In", "Withdrawn", "Balance"],
    lines: lines.reverse(), code: "BENCH01",
  };
}
