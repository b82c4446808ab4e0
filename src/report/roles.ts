// Roles for the charts where detection has not given one. Only what the trace itself shows:
// payers of the seeds are relatives, first receivers of a ransom payment collectors, service
// and cash accounts cash-out. Every other account is "not classified": the shape of a trace
// (who kept the most, who passed money on) is no finding, and a guess is never called a
// leader or a broker. `flowtrace detect` classifies them.
import type { ReportAccount, ReportTransfer, Role } from "./model.js";

export function structuralRoles(accounts: readonly ReportAccount[], transfers: readonly ReportTransfer[], backwardTarget?: string): Map<string, { role: Role; reason: string }> {
  if (backwardTarget !== undefined) return backwardRoles(accounts, backwardTarget);
  const payers = new Set(transfers.filter((t) => t.isSeed).map((t) => t.from));
  const roles = new Map<string, { role: Role; reason: string }>();
  for (const a of accounts) {
    if (a.kind === "service" || a.kind === "cash") roles.set(a.id, { role: "cash-out", reason: `a ${a.kind} account: money leaves the records here` });
    else if (a.firstHop === 0) roles.set(a.id, { role: "collector", reason: "received a ransom payment directly" });
    else if (payers.has(a.id)) roles.set(a.id, { role: "relative", reason: "paid a ransom payment" });
    else roles.set(a.id, { role: "other", reason: "not classified: run flowtrace detect to classify brokers and leaders" });
  }
  return roles;
}

/** A detection role word ("cash_out", "Leader", ...) as one of the report's roles. */
export function roleFromWords(words: readonly string[]): Role | undefined {
  const w = words.map((x) => x.toLowerCase().replace(/[_\s]/g, "-"));
  const order: [Role, string[]][] = [
    ["leader", ["leader", "boss", "beneficiary"]],
    ["broker", ["broker", "hawaladar", "consolidator", "launderer"]],
    ["collector", ["collector", "mule"]],
    ["cash-out", ["cash-out", "cashout", "agent", "exit", "service"]],
    ["relative", ["relative", "payer", "victim", "family"]],
  ];
  for (const [role, keys] of order) if (w.some((x) => keys.some((k) => x.includes(k)))) return role;
  return undefined;
}

/** A backward trace has a target and what fed it: the target reads as a leader, the rest as brokers. */
function backwardRoles(accounts: readonly ReportAccount[], target: string): Map<string, { role: Role; reason: string }> {
  const roles = new Map<string, { role: Role; reason: string }>();
  for (const a of accounts) {
    if (a.kind === "service" || a.kind === "cash") roles.set(a.id, { role: "cash-out", reason: `a ${a.kind} account` });
    else if (a.id === target) roles.set(a.id, { role: "leader", reason: "the target of this backward trace" });
    else roles.set(a.id, { role: "broker", reason: "passed money towards the target" });
  }
  return roles;
}
