// Roles for the charts when detection has not given one, read from the shape of the trace:
// payers of the seeds are relatives, first receivers collectors, service and cash accounts
// cash-out, the accounts that kept the most traced money leaders, other pass-through
// accounts brokers. A reading aid, labelled as such in the report.
import type { ReportAccount, ReportTransfer, Role } from "./model.js";

const LEADERS = 5;
const LEADER_SHARE = 0.05;

export function structuralRoles(accounts: readonly ReportAccount[], transfers: readonly ReportTransfer[], seeded: number, backwardTarget?: string): Map<string, { role: Role; reason: string }> {
  if (backwardTarget !== undefined) return backwardRoles(accounts, backwardTarget);
  const payers = new Set(transfers.filter((t) => t.isSeed).map((t) => t.from));
  const roles = new Map<string, { role: Role; reason: string }>();
  for (const a of accounts) {
    if (a.kind === "service" || a.kind === "cash") roles.set(a.id, { role: "cash-out", reason: `a ${a.kind} account: money stops here` });
    else if (a.firstHop === 0) roles.set(a.id, { role: "collector", reason: "received a ransom payment directly" });
    else if (payers.has(a.id) && a.taintedIn === 0) roles.set(a.id, { role: "relative", reason: "paid a ransom payment" });
  }
  const candidates = accounts
    .filter((a) => !roles.has(a.id) && a.retained >= LEADER_SHARE * seeded && a.retained > 0)
    .sort((a, b) => b.retained - a.retained || (a.id < b.id ? -1 : 1))
    .slice(0, LEADERS);
  for (const a of candidates) roles.set(a.id, { role: "leader", reason: `kept ${((100 * a.retained) / Math.max(seeded, 1e-9)).toFixed(1)} % of the traced money` });
  for (const a of accounts) {
    if (roles.has(a.id)) continue;
    if (a.taintedOut > 0) roles.set(a.id, { role: "broker", reason: "passed traced money on" });
    else if (payers.has(a.id)) roles.set(a.id, { role: "relative", reason: "paid a ransom payment" });
    else roles.set(a.id, { role: "other", reason: "received traced money and kept it (small amount)" });
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
