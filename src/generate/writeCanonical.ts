// The canonical files (docs/spec/cli-contract.md): transfers.csv written day by day (the story's transfers
// merged with that day's ordinary traffic, in time order), accounts.csv, fx.csv (official
// rates) and fx-parallel.csv (parallel-market rates, for the currencies that have one).
import { join } from "node:path";
import type { Background } from "./background.js";
import { type Ctx, DAY } from "./ctx.js";
import { rateText, toUsdCents, type Currency } from "./fx.js";
import type { Account, Transfer } from "./model.js";
import type { Population } from "./population.js";
import { FileWriter, centsText, csvRow, isoUtc } from "./csvText.js";

const FX_CURRENCIES: Currency[] = ["EUR", "SEK", "GBP", "AED", "KES", "UGX", "ETB", "SDG", "LYD", "ERN"];
export const TRANSFER_HEADER = ["tx_id", "timestamp", "from_account", "to_account", "amount", "currency", "amount_received", "currency_received", "channel", "reference"];

/**
 * Writes transfers.csv; returns every transfer written when `keep` (small cases, for the raw
 * record writers), else an empty list. `total` is the number of transfers wanted in all.
 */
export function writeTransfers(dir: string, ctx: Ctx, bg: Background, total: number, keep: boolean): { kept: Transfer[]; count: number } {
  const w = new FileWriter(join(dir, "transfers.csv"));
  w.write(csvRow(TRANSFER_HEADER));
  const story = ctx.transfers.map((t, i) => ({ t, i })).sort((a, b) => a.t.ts - b.t.ts || a.i - b.i).map((x) => x.t);
  const ordinary = Math.max(0, total - story.length);
  const kept: Transfer[] = [];
  let s = 0;
  let written = 0;
  for (let d = 0; d < ctx.days; d++) {
    const target = Math.floor((ordinary * (d + 1)) / ctx.days);
    const day = bg.day(d, Math.max(0, target - written));
    // A day can overshoot its quota by a charge or a salary batch; the last day trims the excess
    // so that --transfers N writes exactly N transfers.
    if (d === ctx.days - 1 && written + day.length > ordinary) day.length = Math.max(0, ordinary - written);
    written += day.length;
    const endOfDay = ctx.start + (d + 1) * DAY;
    const todays: Transfer[] = [];
    while (s < story.length && story[s]!.ts < endOfDay) todays.push(story[s++]!);
    const merged = [...day, ...todays].map((t, i) => ({ t, i })).sort((a, b) => a.t.ts - b.t.ts || a.i - b.i);
    for (const { t } of merged) {
      w.write(csvRow([t.id, isoUtc(t.ts), t.from, t.to, centsText(t.amount), t.currency, centsText(t.received), t.currencyReceived, t.channel, t.reference]));
      if (keep) kept.push(t);
    }
  }
  // A few story transfers land just after the last day (a payout two days after a late payment).
  for (; s < story.length; s++) {
    const t = story[s]!;
    w.write(csvRow([t.id, isoUtc(t.ts), t.from, t.to, centsText(t.amount), t.currency, centsText(t.received), t.currencyReceived, t.channel, t.reference]));
    if (keep) kept.push(t);
  }
  const count = w.rows - 1;
  w.close();
  return { kept, count };
}

export function writeAccounts(dir: string, ctx: Ctx, pop: Population): number {
  const w = new FileWriter(join(dir, "accounts.csv"));
  w.write(csvRow(["account_id", "kind", "id_type", "holder_name", "institution", "country", "opening_balance"]));
  const row = (a: Account) => {
    const opening = a.opening > 0n ? centsText(a.currency === "USD" ? a.opening : toUsdCents(a.opening, ctx.fx.scaled(0, a.currency, "official"))) : "";
    w.write(csvRow([a.id, a.kind, idType(a.id), a.holder, a.institution, a.country, opening]));
  };
  const ids = [...ctx.accounts.keys()].sort();
  for (const id of ids) row(ctx.accounts.get(id)!);
  for (const a of pop.each()) if (!ctx.accounts.has(a.id)) row(a);
  const n = w.rows - 1;
  w.close();
  return n;
}

function idType(id: string): string {
  const prefix = id.slice(0, id.indexOf(":"));
  return { wallet: "wallet", iban: "iban", bank: "bank_account", mto: "mto_ref", hawala: "hawala_client" }[prefix] ?? "other";
}

export function writeFx(dir: string, ctx: Ctx): void {
  for (const [file, source] of [["fx.csv", "official"], ["fx-parallel.csv", "parallel"]] as const) {
    const w = new FileWriter(join(dir, file));
    w.write(csvRow(["date", "currency", "rate_to_reporting", "rate_source"]));
    for (let d = 0; d < ctx.days; d++) {
      const date = isoUtc(ctx.start + d * DAY).slice(0, 10);
      for (const c of FX_CURRENCIES) {
        if (source === "parallel" && !ctx.fx.hasParallel(c)) continue;
        const label = source === "official" ? `official: central bank mid-rate (synthetic)` : `parallel market (synthetic)`;
        w.write(csvRow([date, c, rateText(ctx.fx.scaled(d, c, source)), label]));
      }
    }
    w.close();
  }
}
