// The result of a detection run: the JSON of docs/spec/cli-contract.md (`detect`), plus explanations.
export interface Finding {
  id: string;
  pattern: string;
  accounts: string[];
  score: number;
  explanation: string;
  evidence: string[];
  seeds: string[];
  facts: Record<string, unknown>;
}

export type Role = "collector" | "broker" | "leader candidate" | "cash-out point" | "mobile-money agent" | "benign hub";

export interface AccountResult {
  account: string;
  score: number;
  roles: Role[];
  findings: string[];
  lookalike: string | null;
  explanation: string;
}

export interface DetectResult {
  detect_id: string;
  scope_run_id: string | null;
  accounts: AccountResult[];
  findings: Finding[];
}
