// "Who holds the records next": for each hop of a trace, the institutions and countries of the
// accounts the money reached (and, at hop 0, of the payers' accounts), with what to send
// there — a production order at home, an FIU-to-FIU request (Egmont) or a mutual legal
// assistance request abroad.
import type { ExportData } from "./exportData.js";

export interface NextStep {
  hop: number;
  institution: string;
  country: string;
  accounts: string[];
  transfers: number;
  traced_amount: number;
  request: string;
}

export function nextSteps(data: ExportData, jurisdiction?: string): NextStep[] {
  const accounts = new Map(data.accounts.map((a) => [a.account_id as string, a]));
  const steps = new Map<string, NextStep>();
  const add = (hop: number, account: string, amount: number) => {
    const a = accounts.get(account);
    const institution = String(a?.institution ?? "unknown institution");
    const country = String(a?.country ?? "unknown");
    const key = `${String(hop).padStart(4, "0")}\u0000${country}\u0000${institution}`;
    let s = steps.get(key);
    if (!s) {
      const home = jurisdiction && country.toUpperCase() === jurisdiction.toUpperCase();
      const request = country === "unknown" ? "identify the provider first (number range, operator records)"
        : home ? "production order" : `FIU-to-FIU request (Egmont) or mutual legal assistance request to ${country}`;
      steps.set(key, (s = { hop, institution, country, accounts: [], transfers: 0, traced_amount: 0, request }));
    }
    if (!s.accounts.includes(account)) s.accounts.push(account);
    s.transfers++;
    s.traced_amount = Math.round((s.traced_amount + amount) * 100) / 100;
  };
  for (const t of data.transfers) {
    const hop = Number(t.hop ?? 0);
    const amount = Number(t.tainted ?? t.value_out ?? 0);
    if (hop === 0) add(0, t.from_account as string, amount);
    add(hop, t.to_account as string, amount);
  }
  return [...steps.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => ({ ...s, accounts: s.accounts.sort() }));
}
