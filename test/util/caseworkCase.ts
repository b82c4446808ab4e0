// A small ransom case for the casework tests: two relatives pay a collector, who forwards to a
// broker and a leader; a school's account pays the collector too (an innocent inflow).
import { makeCase, type TestCase } from "./case.js";

export const CASEWORK_ACCOUNTS = [
  { account_id: "wallet:+31612345678", kind: "mobile_money", holder_name: "Amanuel Tesfay", country: "NL" },
  { account_id: "wallet:+46701234567", kind: "mobile_money", holder_name: "Saba Haile", country: "SE" },
  { account_id: "wallet:+254712345678", kind: "mobile_money", holder_name: "Yonas", institution: "Safaricom", country: "KE" },
  { account_id: "wallet:+251911000222", kind: "mobile_money", holder_name: "Kidane", institution: "telebirr", country: "ET" },
  { account_id: "bank:ENBD/1012345678", kind: "bank", holder_name: "Walid", institution: "Emirates NBD", country: "AE" },
  { account_id: "wallet:+254700000001", kind: "mobile_money", holder_name: "St Mary School", country: "KE" },
];

export const CASEWORK_TRANSFERS = [
  { tx_id: "C1", timestamp: "2024-03-05T08:00:00Z", from_account: "wallet:+254700000001", to_account: "wallet:+254712345678", amount: 1000, currency: "USD" },
  { tx_id: "T1", timestamp: "2024-03-05T08:30:00Z", from_account: "wallet:+31612345678", to_account: "wallet:+254712345678", amount: 3000, currency: "USD" },
  { tx_id: "T2", timestamp: "2024-03-05T11:00:00Z", from_account: "wallet:+46701234567", to_account: "wallet:+254712345678", amount: 2500, currency: "USD" },
  { tx_id: "T4", timestamp: "2024-03-06T07:00:00Z", from_account: "wallet:+254712345678", to_account: "wallet:+251911000222", amount: 4000, currency: "USD" },
  { tx_id: "T8", timestamp: "2024-03-08T09:00:00Z", from_account: "wallet:+251911000222", to_account: "bank:ENBD/1012345678", amount: 3000, currency: "USD" },
];

export function caseworkCase(): Promise<TestCase> {
  return makeCase({ accounts: CASEWORK_ACCOUNTS, transfers: CASEWORK_TRANSFERS });
}
