// The scenarios `flowtrace generate` knows, from a one-victim beginner case to a network.
// Each is a set of knobs for the one story engine in plan.ts; docs/scenarios.md describes them.
import type { Country } from "./phones.js";

export type Level = "beginner" | "intermediate" | "advanced";
export type Channel = "mto" | "mobile" | "bank" | "hawala";

export interface Scenario {
  name: string;
  level: Level;
  description: string;
  victims: number;
  groups: number;
  collectorsPerGroup: number;
  /** Wallets per collector, [min, max]. */
  wallets: [number, number];
  brokersPerGroup: number;
  leaders: number;
  frontBusinesses: number;
  /** Chance a victim is sold on to another group and his family pays again. */
  soldOn: number;
  /** Relatives per family, [min, max], and tranches per episode, [min, max]. */
  relatives: [number, number];
  tranches: [number, number];
  /** Where collectors hold wallets (the first is the main one). */
  countries: Country[];
  /** How diaspora relatives pay (local relatives always use a wallet). */
  channels: Record<Channel, number>;
  /** Ordinary transfers (family remittances, merchants, agents, schools, churches, salaries). */
  background: number;
  days: number;
}

export const SCENARIOS: Scenario[] = [
  {
    name: "first-case", level: "beginner",
    description: "one victim, two relatives in Europe pay in tranches by money transfer to one collector's M-Pesa wallet; the collector forwards within hours to a broker who sends it to a leader in Dubai",
    victims: 1, groups: 1, collectorsPerGroup: 1, wallets: [1, 1], brokersPerGroup: 1, leaders: 1, frontBusinesses: 0,
    soldOn: 0, relatives: [2, 2], tranches: [3, 3], countries: ["KE"], channels: { mto: 1, mobile: 0, bank: 0, hawala: 0 },
    background: 400, days: 45,
  },
  {
    name: "sold-on", level: "intermediate",
    description: "four victims held by two groups; one victim is sold on and his family pays again; collectors hold M-Pesa and telebirr wallets; payments by money transfer, bank and local wallets, hidden among school fees and church collections",
    victims: 4, groups: 2, collectorsPerGroup: 2, wallets: [1, 2], brokersPerGroup: 1, leaders: 1, frontBusinesses: 1,
    soldOn: 0.5, relatives: [1, 3], tranches: [1, 3], countries: ["KE", "ET"], channels: { mto: 3, mobile: 0, bank: 1, hawala: 0 },
    background: 3000, days: 90,
  },
  {
    name: "hawala-corridor", level: "intermediate",
    description: "six victims; families pay hawala brokers in Europe and collectors are paid out in Sudan and Uganda by other brokers, with no record linking the two legs; parallel-market rates; brokers settle to Dubai",
    victims: 6, groups: 2, collectorsPerGroup: 2, wallets: [1, 2], brokersPerGroup: 1, leaders: 1, frontBusinesses: 1,
    soldOn: 0.2, relatives: [1, 3], tranches: [1, 3], countries: ["SD", "UG"], channels: { mto: 2, mobile: 0, bank: 1, hawala: 4 },
    background: 4000, days: 100,
  },
  {
    name: "network", level: "advanced",
    description: "a network of three groups: 24 victims, some sold on and paid for twice, crowdfunded by relatives across Europe, the US and Israel; collectors with several wallets in Kenya, Ethiopia, Uganda and Sudan; hawala legs, rapid forwarding, consolidation to two leaders in Dubai, cash-out at agents and purchases through front businesses, hidden in ordinary traffic",
    victims: 24, groups: 3, collectorsPerGroup: 4, wallets: [1, 3], brokersPerGroup: 2, leaders: 2, frontBusinesses: 3,
    soldOn: 0.3, relatives: [1, 4], tranches: [1, 4], countries: ["KE", "ET", "UG", "SD"], channels: { mto: 5, mobile: 0, bank: 1, hawala: 2 },
    background: 20000, days: 150,
  },
];

export function scenarioByName(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}
