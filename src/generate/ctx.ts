// The generator's working state and the one function that records a money movement: it picks
// the carrier's id style, converts currencies at the day's rate (less a margin), and adds the
// M-Pesa charge that every Kenyan wallet send or withdrawal carries (a separate row sharing
// the receipt number in the statement; a separate transfer `<receipt>:charge` in canonical form).
import { convertCents, type Currency, type FxTable } from "./fx.js";
import type { IdStyle, Ids } from "./ids.js";
import type { Account, Transfer, TxKind } from "./model.js";
import type { Rng } from "./rng.js";

export const DAY = 86_400;

export interface Ctx {
  rng: Rng;
  fx: FxTable;
  ids: Ids;
  /** Epoch seconds of day 0, 00:00 UTC. */
  start: number;
  days: number;
  accounts: Map<string, Account>;
  /** Added to the phone index of the case's suspects and relatives, so each seed has its own numbers. */
  phoneOffset: number;
  /** Transfers in the order they were planned (written sorted by time). */
  transfers: Transfer[];
}

export interface Move {
  ts: number;
  from: string;
  to: string;
  /** In the sender's currency, cents. */
  amount: bigint;
  kind: TxKind;
  channel: string;
  ransom?: boolean;
  reference?: string;
  /** FX margin kept by the carrier (0.03 = 3 %). */
  margin?: number;
  rateSource?: "official" | "parallel";
  carrier?: string;
  carrierCode?: string;
  code?: string;
  /** Force an id style (default: from the accounts involved). */
  style?: IdStyle;
}

export function account(ctx: Ctx, id: string): Account {
  const a = ctx.accounts.get(id);
  if (!a) throw new Error(`generator bug: unknown account ${id}`);
  return a;
}

export function dayOf(ctx: Ctx, ts: number): number {
  return Math.floor((ts - ctx.start) / DAY);
}

/** Receiver-currency cents for `amount` of the sender's currency on day `day`. */
export function convert(fx: FxTable, day: number, amount: bigint, from: Currency, to: Currency, margin = 0, source: "official" | "parallel" = "official"): bigint {
  if (from === to) return amount;
  return convertCents(amount, fx.scaled(day, from, source), fx.scaled(day, to, source), margin);
}

function styleFor(a: Account, b: Account): IdStyle {
  for (const x of [a, b]) {
    if (x.kind !== "mobile_money" && x.role !== "agent") continue;
    if (x.country === "KE") return "mpesa";
    if (x.country === "ET") return "telebirr";
    if (x.country === "UG") return "momo";
    if (x.country === "SD") return "sdwallet";
  }
  return "bank";
}

export function move(ctx: Ctx, m: Move): Transfer {
  const from = account(ctx, m.from);
  const to = account(ctx, m.to);
  const day = dayOf(ctx, m.ts);
  const received = convert(ctx.fx, day, m.amount, from.currency, to.currency, m.margin ?? 0, m.rateSource ?? "official");
  const id = ctx.ids.next(m.style ?? styleFor(from, to), m.ts, m.carrierCode);
  const t: Transfer = {
    id, ts: m.ts, from: m.from, to: m.to, amount: m.amount, currency: from.currency, received,
    currencyReceived: to.currency, channel: m.channel, reference: m.reference ?? "", kind: m.kind, ransom: m.ransom ?? false,
  };
  if (m.carrier) t.carrier = m.carrier;
  if (m.code) t.code = m.code;
  if (from.currency !== to.currency) t.appliedRate = Number(received) / Number(m.amount);
  ctx.transfers.push(t);
  if (from.country === "KE" && from.kind === "mobile_money" && (m.kind === "p2p" || m.kind === "cash_out" || m.kind === "global")) {
    const fee = mpesaCharge(m.amount, m.kind);
    if (fee > 0n) {
      ctx.transfers.push({
        id: `${id}:charge`, ts: m.ts, from: m.from, to: MPESA_CHARGES, amount: fee, currency: "KES", received: fee,
        currencyReceived: "KES", channel: "mpesa", reference: id, kind: "charge", ransom: m.ransom ?? false,
      });
    }
  }
  return t;
}

export const MPESA_CHARGES = "service:mpesa-fees";

// Safaricom's 2025 tariff bands (KES): upper bound, send-money charge, agent-withdrawal charge.
const BANDS: [number, number, number][] = [
  [100, 0, 0], [500, 7, 29], [1000, 13, 29], [1500, 23, 29], [2500, 33, 29], [3500, 53, 52], [5000, 57, 69],
  [7500, 78, 87], [10000, 90, 115], [15000, 100, 167], [20000, 105, 185], [35000, 108, 197], [50000, 108, 278],
  [250000, 108, 309],
];

/** The charge for sending or withdrawing `amount` KES cents. */
export function mpesaCharge(amount: bigint, kind: TxKind): bigint {
  const kes = Number(amount) / 100;
  const band = BANDS.find(([hi]) => kes <= hi) ?? BANDS[BANDS.length - 1]!;
  return BigInt((kind === "cash_out" ? band[2] : band[1]) * 100);
}
