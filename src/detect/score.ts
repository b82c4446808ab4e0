// An account's score and its explanation in words, from its findings, roles and look-alike test.
import { amount, plural } from "./describe.js";
import type { LookalikeInfo } from "./lookalikes.js";
import type { NetworkFacts } from "./roles.js";
import type { Finding, Role } from "./types.js";

/**
 * 1 - prod(1 - weight x score) over the account's patterns (the strongest finding of each):
 * different kinds of evidence add up without ever exceeding 1, while twenty fan-outs of one
 * payroll account count as one. A look-alike's score is then multiplied by the penalty.
 * Rounded to 4 decimals so the output is the same on every machine.
 */
export function combineScore(findings: readonly Finding[], weights: ReadonlyMap<string, number>, penalty: number): number {
  const best = new Map<string, number>();
  for (const f of findings) best.set(f.pattern, Math.max(best.get(f.pattern) ?? 0, f.score));
  let clear = 1;
  for (const [pattern, score] of [...best].sort()) clear *= 1 - Math.min(1, (weights.get(pattern) ?? 0.5) * score);
  return Math.round((1 - clear) * penalty * 10000) / 10000;
}

/**
 * In words: the look-alike test it met (why it scores low), its roles, the patterns it is in,
 * and the explanation of its strongest own finding (one where it is the account the finding
 * is about, e.g. the consolidation target rather than one of its sources).
 */
export function accountExplanation(
  account: string, findings: readonly Finding[], roles: readonly Role[], look: LookalikeInfo | undefined,
  weights: ReadonlyMap<string, number>, net: NetworkFacts | undefined, currency: string,
): string {
  const parts: string[] = [];
  if (look) parts.push(`${account} ${look.explanation}`);
  else if (roles.length) parts.push(`${account}: ${roles.join(", ")}.`);
  if (findings.length) {
    const weighted = (f: Finding) => (weights.get(f.pattern) ?? 0.5) * f.score;
    const own = findings.filter((f) => f.accounts[0] === account);
    const best = [...(own.length ? own : findings)].sort((a, b) => weighted(b) - weighted(a) || (a.id < b.id ? -1 : 1))[0]!;
    const patterns = [...new Set(findings.map((f) => f.pattern.replace(/_/g, " ")))];
    parts.push(`Patterns: ${patterns.join(", ")}. Strongest: ${best.explanation}`);
  } else if (!look) {
    parts.push("No finding of its own; its role comes from the flagged accounts it deals with.");
  }
  if (net && !findings.length && roles.some((r) => r === "cash-out point" || r === "broker" || r === "leader candidate")) {
    parts.push(`It received ${amount(net.from_flagged, currency)} from ${plural(net.n_flagged_sources, "flagged account")} (collectors, pass-through or consolidation accounts).`);
  }
  return parts.join(" ");
}
