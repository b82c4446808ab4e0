// The canonical columns (docs/spec/cli-contract.md, Canonical input) and recognising a kind by them.
import type { RecordKind } from "./format.js";

export type CanonicalKind = Extract<RecordKind, "transfers" | "accounts" | "fx">;

export const CANONICAL_COLUMNS: Record<CanonicalKind, { required: string[]; optional: string[] }> = {
  transfers: {
    required: ["tx_id", "timestamp", "from_account", "to_account", "amount", "currency"],
    optional: ["amount_received", "currency_received", "channel", "reference", "balance_after_from", "balance_after_to"],
  },
  accounts: {
    required: ["account_id", "kind"],
    optional: ["id_type", "holder_name", "institution", "country", "opening_balance"],
  },
  fx: { required: ["date", "currency", "rate_to_reporting"], optional: ["rate_source"] },
};

const KINDS: CanonicalKind[] = ["transfers", "accounts", "fx"];

/** The canonical kind whose required columns are all present (names compared case-insensitively). */
export function canonicalKind(columns: string[]): CanonicalKind | undefined {
  const have = new Set(columns.map((c) => c.trim().toLowerCase()));
  return KINDS.find((k) => CANONICAL_COLUMNS[k].required.every((c) => have.has(c)));
}

/** For an unrecognised file: the closest canonical kind and the required columns it lacks. */
export function closestCanonical(columns: string[]): { kind: CanonicalKind; missing: string[] } {
  const have = new Set(columns.map((c) => c.trim().toLowerCase()));
  const scored = KINDS.map((kind) => {
    const req = CANONICAL_COLUMNS[kind].required;
    return { kind, missing: req.filter((c) => !have.has(c)), share: req.filter((c) => have.has(c)).length / req.length };
  });
  scored.sort((a, b) => b.share - a.share);
  return scored[0]!;
}

/** Header names of a CSV file from its first line (quotes stripped; a BOM ignored). */
export function csvHeader(head: string): string[] {
  const first = head.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return first.split(",").map((c) => c.trim().replace(/^"(.*)"$/, "$1").trim());
}
