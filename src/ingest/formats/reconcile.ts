// A statement's own arithmetic: its Balance column against its amounts. Differences are
// reported on stderr (one line per statement, then one per difference), never hidden: they
// are what the tracer will treat as hidden deposits or withdrawals (docs/spec/tracing-semantics.md).
import type { Io } from "../../cli/io.js";

export interface BalanceCheck {
  n: number | string;
  receipt: string | null;
  stated: string | null;
  expected: string | null;
  difference: string | null;
}

export interface Reconciliation {
  rows: number;
  opening: string | null;
  closing: string | null;
  differences: BalanceCheck[];
}

export function reconcile(rows: Record<string, unknown>[]): Reconciliation {
  const checks = rows as unknown as BalanceCheck[];
  const differences = checks.filter((r) => r.difference !== null && Number(r.difference) !== 0);
  const first = rows[0];
  const opening = first ? String(first.opening_before) : null;
  const closing = checks.length ? String(checks[checks.length - 1]!.stated) : null;
  return { rows: checks.length, opening, closing, differences };
}

export function printReconciliation(io: Io, format: string, path: string, r: Reconciliation): void {
  const verdict = r.differences.length ? `${r.differences.length} difference(s)` : "balances reconcile";
  io.err(`reconciliation ${format} ${path}: ${r.rows} rows with a balance, opening ${r.opening ?? "-"}, closing ${r.closing ?? "-"}: ${verdict}\n`);
  for (const d of r.differences) {
    io.err(`  row ${d.n} (${d.receipt ?? ""}): balance ${d.stated}, computed ${d.expected}, difference ${signed(d.difference)}\n`);
  }
}

function signed(v: string | null): string {
  if (v === null) return "-";
  return Number(v) > 0 ? `+${v}` : String(v);
}
