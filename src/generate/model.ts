// The in-memory shape of a generated case before it is written: accounts, transfers (amounts in
// integer cents, times in UTC epoch seconds) and what the answer key needs to know about them.
import type { Country } from "./phones.js";
import type { Currency } from "./fx.js";

export type Kind = "bank" | "mobile_money" | "mto" | "hawala" | "crypto" | "service" | "cash" | "other";

/** What an account is in the story (the answer key's roles; "ordinary" for everyone else). */
export type Role =
  | "collector" | "broker" | "leader" | "front_business" | "hawala_broker" | "cash_out"
  | "relative" | "ordinary" | "agent" | "merchant" | "school" | "church" | "employer" | "service";

export interface Account {
  id: string;
  kind: Kind;
  holder: string;
  institution: string;
  country: Country;
  currency: Currency;
  /** Opening balance in the account's own currency, cents (0 when unknown). */
  opening: bigint;
  role: Role;
  /** Stable id of the person or organisation holding it (several wallets, one person). */
  person: string;
  phone?: string;
}

/**
 * What kind of movement a transfer is: decides how each raw record format shows it.
 * The canonical transfers carry the same money whatever the kind.
 */
export type TxKind =
  | "p2p" | "mto" | "bank" | "hawala_in" | "hawala_out" | "cash_in" | "cash_out" | "merchant" | "paybill"
  | "salary" | "charge" | "fee" | "airtime" | "float" | "settlement" | "global";

export interface Transfer {
  id: string;
  ts: number;
  from: string;
  to: string;
  amount: bigint;
  currency: Currency;
  received: bigint;
  currencyReceived: Currency;
  channel: string;
  reference: string;
  kind: TxKind;
  /** Share of the money that is ransom by the story's truth (1 for every criminal forward). */
  ransom: boolean;
  /** Operator, bank or hawala broker that carried it (raw-format writers group by this). */
  carrier?: string;
  /** Code word of a hawala leg (the two legs of one bridge share it). */
  code?: string;
  /** Rate applied by the carrier (receiver currency per sender currency), for MTO/hawala exports. */
  appliedRate?: number;
}

export interface RansomPayment {
  tx: string;
  victim: string;
  episode: number;
  group: string;
  payer: string;
  payerAccount: string;
  to: string;
  amount: bigint;
  currency: Currency;
  channel: string;
  /** The hawala payout leg that no record links to this payment, when paid through hawala. */
  bridgeTo?: string;
}

export interface Victim {
  id: string;
  name: string;
  /** Ransom demanded per episode (USD). */
  demanded: number[];
  groups: string[];
  relatives: string[];
}
