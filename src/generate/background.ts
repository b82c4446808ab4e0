// Ordinary traffic, one day at a time (so scale mode streams with bounded memory): family
// remittances from the diaspora, person-to-person payments, merchants, agents' cash-in and
// cash-out, airtime, salaries at the month's end, school fees at the start of each term and
// church collections on Sundays and feast days, which also fan in from the diaspora. The
// fan-ins of schools, churches and agents are the look-alikes detection must tell apart.
import { type Ctx, DAY, convert, mpesaCharge, MPESA_CHARGES } from "./ctx.js";
import type { IdStyle } from "./ids.js";
import type { Account, Transfer, TxKind } from "./model.js";
import { OPERATORS, localCents, roundedCents, type Population } from "./population.js";

type Ev = "p2p" | "merchant" | "cash_in" | "cash_out" | "remit" | "airtime" | "salary" | "school" | "church" | "settle" | "float" | "payroll" | "builder";

// Feast days that bring church collections (Genna, Timket, Fasika 2025, Meskel).
const FEASTS = ["01-07", "01-19", "04-20", "09-27"];
// School terms start in January, May and September (fees in the first three weeks).
const TERM_MONTHS = [0, 4, 8];

export interface Background {
  /** The day's ordinary transfers in time order; `quota` is how many to aim for. */
  day(d: number, quota: number): Transfer[];
}

export function background(ctx: Ctx, pop: Population): Background {
  const balance = new Float64Array(pop.wallets);
  // What each merchant has taken in and not yet settled to its bank (settlements never exceed it).
  const till = new Float64Array(pop.merchants);
  // Fees a school holds (it pays its teachers at the month's end) and gifts a church holds (its
  // building fund pays the builder every week or two): fan-in that moves on, like a collector.
  const fees = new Float64Array(pop.schools);
  const gifts = new Float64Array(pop.churches);
  for (let i = 0; i < pop.wallets; i++) balance[i] = Number(pop.wallet(i).opening);
  const rng = ctx.rng.fork("background");

  function styleOf(a: Account): IdStyle {
    if (a.kind === "bank") return "bank";
    return a.country === "KE" ? "mpesa" : a.country === "ET" ? "telebirr" : a.country === "UG" ? "momo" : "sdwallet";
  }

  function tx(ts: number, from: Account, to: Account, amount: bigint, kind: TxKind, channel: string, out: Transfer[], extra: Partial<Transfer> = {}): void {
    const day = Math.floor((ts - ctx.start) / DAY);
    const margin = from.currency === to.currency ? 0 : 0.025;
    const received = convert(ctx.fx, day, amount, from.currency, to.currency, margin);
    const style: IdStyle = kind === "mto" ? "mto" : styleOf(to.kind === "service" || to.role === "merchant" ? from : from.kind === "mobile_money" ? from : to);
    const id = ctx.ids.next(style, ts, extra.carrier ? OPERATORS.find((o) => o.name === extra.carrier)?.code : undefined);
    const t: Transfer = { id, ts, from: from.id, to: to.id, amount, currency: from.currency, received, currencyReceived: to.currency, channel, reference: "", kind, ransom: false, ...extra };
    if (from.currency !== to.currency) t.appliedRate = Number(received) / Number(amount);
    out.push(t);
    if (from.country === "KE" && from.kind === "mobile_money" && (kind === "p2p" || kind === "cash_out")) {
      const fee = mpesaCharge(amount, kind);
      if (fee > 0n) out.push({ id: `${id}:charge`, ts, from: from.id, to: MPESA_CHARGES, amount: fee, currency: "KES", received: fee, currencyReceived: "KES", channel: "mpesa", reference: id, kind: "charge", ransom: false });
    }
  }

  function weights(d: number): [Ev, number][] {
    const date = new Date((ctx.start + d * DAY) * 1000);
    const dom = date.getUTCDate();
    const md = date.toISOString().slice(5, 10);
    const term = TERM_MONTHS.includes(date.getUTCMonth()) && dom <= 21;
    const sunday = date.getUTCDay() === 0;
    return [
      ["p2p", 22], ["merchant", 16], ["cash_in", 13], ["cash_out", 12], ["remit", dom <= 7 ? 16 : 7], ["airtime", 6],
      ["salary", dom >= 25 && dom <= 28 ? 30 : 0], ["school", term ? 14 : 0.5], ["church", FEASTS.includes(md) ? 40 : sunday ? 8 : 0.5],
      ["settle", 2], ["float", 1.5], ["payroll", dom >= 26 && dom <= 28 ? 3 : 0], ["builder", date.getUTCDay() === 1 ? 3 : 0.2],
    ];
  }

  // Every wallet i is paid by employer i % 11 when that is < employers (not everyone is salaried).
  const employerOf = (i: number) => (i % 11 < pop.employers ? i % 11 : -1);

  function localWallet(country?: string): number {
    for (;;) {
      const i = rng.int(0, pop.wallets - 1);
      if (!country || pop.walletCountry(i) === country) return i;
    }
  }

  return {
    day(d, quota) {
      const w = weights(d);
      const plan: { ts: number; ev: Ev }[] = [];
      // Every event makes at least one transfer almost always; stop as soon as the quota is met.
      const n = quota + 10;
      for (let k = 0; k < n; k++) {
        // Most activity between 06:00 and 21:00 East Africa time (03:00-18:00 UTC).
        const sec = rng.chance(0.9) ? rng.int(3 * 3600, 18 * 3600) : rng.int(0, DAY - 1);
        plan.push({ ts: ctx.start + d * DAY + sec, ev: rng.weighted(w) });
      }
      plan.sort((a, b) => a.ts - b.ts);
      const out: Transfer[] = [];
      for (const { ts, ev } of plan) {
        if (out.length >= quota) break;
        const spend = (i: number, usd: number): bigint | undefined => {
          const a = pop.wallet(i);
          const amt = localCents(usd, a.country);
          if (balance[i]! < Number(amt) * 1.02 + 40_000) return undefined;
          balance[i]! -= Number(amt) * 1.02;
          return amt;
        };
        switch (ev) {
          case "p2p": case "merchant": case "cash_out": case "airtime": {
            const i = localWallet();
            const from = pop.wallet(i);
            const usd = ev === "p2p" ? rng.lognormal(22, 0.9) : ev === "merchant" ? rng.lognormal(7, 0.8) : ev === "cash_out" ? rng.lognormal(35, 0.8) : rng.lognormal(1.5, 0.5);
            const amt = spend(i, usd);
            if (amt === undefined) { cashIn(ts, i, out); break; }
            if (ev === "p2p") {
              const j = localWallet(from.country);
              balance[j]! += Number(amt);
              tx(ts, from, pop.wallet(j), amt, "p2p", "mobile", out);
            } else if (ev === "merchant") {
              tx(ts, from, merchantIn(from.country, amt), amt, "merchant", "mobile", out);
            } else if (ev === "cash_out") {
              tx(ts, from, agentIn(from.country), amt, "cash_out", "agent", out);
            } else if (from.country !== "KE" && from.country !== "ET") {
              tx(ts, from, merchantIn(from.country, amt), amt, "merchant", "mobile", out);
            } else {
              const svc = pop.services.find((s) => s.id === (from.country === "ET" ? "service:Ethio telecom airtime" : "service:Safaricom airtime"))!;
              tx(ts, from, svc, amt, "airtime", "mobile", out);
            }
            break;
          }
          case "cash_in": cashIn(ts, localWallet(), out); break;
          case "remit": {
            const j = rng.int(0, pop.diaspora - 1);
            const c = pop.diasporaCustomer(j);
            const home = pop.homeOf(j);
            const amt = roundedCents(Math.round(rng.lognormal(140, 0.5) / 10) * 10, c.currency);
            const before = out.length;
            tx(ts, c, pop.wallet(home), amt, "mto", "mto", out, { carrier: c.institution });
            balance[home]! += Number(out[before]!.received);
            break;
          }
          case "salary": {
            // One employer pays a small batch of its staff at once (bulk B2C payments).
            const e = rng.int(0, pop.employers - 1);
            const emp = pop.employer(e);
            for (let b = 0; b < 6; b++) {
              const i = localWallet(emp.country);
              if (employerOf(i) !== e && b > 0) continue;
              const amt = localCents(Math.round(rng.lognormal(180, 0.3)), emp.country);
              balance[i]! += Number(amt);
              tx(ts + b, emp, pop.wallet(i), amt, "salary", "bank", out);
            }
            break;
          }
          case "school": {
            const k = rng.int(0, pop.schools - 1);
            const s = pop.school(k);
            // Fees are fixed amounts per term (boarding fees larger); a fifth are paid from abroad by relatives.
            const fee = localCents([120, 180, 240, 650][rng.int(0, 3)]!, s.country);
            fees[k] = fees[k]! + Number(fee);
            if (rng.chance(0.2)) {
              const c = pop.diasporaCustomer(rng.int(0, pop.diaspora - 1));
              const sent = (fee * 100n) / 97n;
              tx(ts, c, s, convert(ctx.fx, d, sent, s.currency, c.currency), "mto", "mto", out, { carrier: c.institution, reference: `ADM${rng.int(1000, 9999)}` });
            } else {
              const i = localWallet(s.country);
              if (balance[i]! < Number(fee)) { fees[k] = fees[k]! - Number(fee); cashIn(ts, i, out); break; }
              balance[i]! -= Number(fee);
              tx(ts, pop.wallet(i), s, fee, "paybill", "mobile", out, { reference: `ADM${rng.int(1000, 9999)}` });
            }
            break;
          }
          case "church": {
            const k = rng.int(0, pop.churches - 1);
            const ch = pop.church(k);
            const before = out.length;
            if (rng.chance(0.45)) {
              // Gifts from abroad, some of them large pledges to the building fund.
              const c = pop.diasporaCustomer(rng.int(0, pop.diaspora - 1));
              const usd = rng.chance(0.3) ? rng.lognormal(700, 0.6) : rng.lognormal(60, 0.7);
              tx(ts, c, ch, roundedCents(Math.round(usd / 5) * 5, c.currency), "mto", "mto", out, { carrier: c.institution, reference: usd > 300 ? "building fund pledge" : "Selet / donation" });
            } else {
              const i = localWallet(ch.country === "ET" ? "ET" : "KE");
              const amt = spend(i, rng.lognormal(8, 0.7));
              if (amt !== undefined) tx(ts, pop.wallet(i), ch, amt, "paybill", "mobile", out, { reference: "offering" });
            }
            if (out.length > before) gifts[k] = gifts[k]! + Number(out[before]!.received);
            break;
          }
          case "settle": {
            const k = rng.int(0, pop.merchants - 1);
            const m = pop.merchant(k);
            const bank = pop.services.find((s) => s.id.includes("settlement") && s.country === m.country);
            const amt = BigInt(Math.floor(till[k]! / 100)) * 100n;
            if (bank && amt > 0n) {
              till[k] = till[k]! - Number(amt);
              tx(ts, m, bank, amt, "settlement", "bank", out);
            }
            break;
          }
          case "payroll": {
            // A school pays a few teachers from the fees it holds.
            const k = rng.int(0, pop.schools - 1);
            const s = pop.school(k);
            for (let b = 0; b < 4; b++) {
              const amt = localCents(Math.round(rng.lognormal(220, 0.25)), s.country);
              if (fees[k]! < Number(amt)) break;
              fees[k] = fees[k]! - Number(amt);
              const i = localWallet(s.country);
              balance[i]! += Number(amt);
              tx(ts + b, s, pop.wallet(i), amt, "salary", "bank", out, { reference: "teacher salary" });
            }
            break;
          }
          case "builder": {
            // A church's building fund pays the contractor most of what came in.
            const k = rng.int(0, pop.churches - 1);
            const ch = pop.church(k);
            let builder: Account | undefined;
            for (let e = 0; e < pop.employers; e++) if (pop.employer(e).country === ch.country) builder = pop.employer(e);
            const amt = BigInt(Math.floor((gifts[k]! * 0.8) / 10_000)) * 10_000n;
            if (builder && amt > 0n) {
              gifts[k] = gifts[k]! - Number(amt);
              tx(ts, ch, builder, amt, "bank", "bank", out, { reference: "construction works, phase payment" });
            }
            break;
          }
          case "float": {
            const a = pop.agent(rng.int(0, pop.agents - 1));
            const bank = pop.services.find((s) => s.id.includes("settlement") && s.country === a.country)!;
            const amt = localCents(rng.lognormal(1500, 0.5), a.country);
            if (rng.chance(0.5)) tx(ts, bank, a, amt, "float", "bank", out);
            else tx(ts, a, bank, amt, "float", "bank", out);
            break;
          }
        }
      }
      return out;

      function merchantIn(country: string, amount: bigint): Account {
        for (;;) {
          const k = rng.int(0, pop.merchants - 1);
          const m = pop.merchant(k);
          if (m.country !== country) continue;
          till[k] = till[k]! + Number(amount);
          return m;
        }
      }
      function agentIn(country: string): Account {
        for (;;) {
          const a = pop.agent(rng.int(0, pop.agents - 1));
          if (a.country === country) return a;
        }
      }
      function cashIn(ts: number, i: number, sink: Transfer[]): void {
        const w = pop.wallet(i);
        const amt = localCents(rng.lognormal(40, 0.8), w.country);
        balance[i]! += Number(amt);
        tx(ts, agentIn(w.country), w, amt, "cash_in", "agent", sink);
      }
    },
  };
}
