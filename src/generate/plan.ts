// The story: victims held by groups, families paying in tranches (several relatives, several
// channels), victims sold on and paid for again, collectors forwarding within hours to brokers
// (keeping a cut, cashing some out at agents), brokers sweeping to leaders in Dubai (by wire
// or through a hawala corridor with no linking record), leaders buying through front
// businesses and consolidating. Every criminal transfer is marked as ransom money by truth.
import { type Cast, type Group, type Person, hawalaAccount, register } from "./cast.js";
import { type Ctx, DAY, account, convert, dayOf, move } from "./ctx.js";
import { iban } from "./iban.js";
import type { Account, RansomPayment, Transfer, Victim } from "./model.js";
import { habeshaName } from "./names.js";
import { phoneNumber, type Country } from "./phones.js";
import { CURRENCY, OPERATORS, WALLET_PROVIDER, roundedCents, type Population } from "./population.js";
import type { Channel, Scenario } from "./scenarios.js";

export interface Relative {
  id: string;
  no: number;
  name: ReturnType<typeof habeshaName>;
  country: Country;
  phone: string;
  accounts: Partial<Record<Channel, string>>;
}

export interface Story {
  victims: Victim[];
  relatives: Relative[];
  payments: RansomPayment[];
  bridges: { in: string; out: string; code: string }[];
}

const DIASPORA: Country[] = ["NL", "SE", "DE", "GB", "US", "IL"];
const CODE_WORDS = ["Asmara", "Keren", "Massawa", "Mendefera", "Barentu", "Adi Keyh", "Dekemhare", "Tesseney", "Nakfa", "Assab", "Senafe", "Ghinda"];
/** Largest single transfer per wallet currency (local limits make collectors split). */
const LIMIT: Partial<Record<string, bigint>> = { KES: 25_000_000n, ETB: 15_000_000n, UGX: 500_000_000n, SDG: 200_000_000n };

export function planStory(ctx: Ctx, s: Scenario, cast: Cast, pop: Population): Story {
  const rng = ctx.rng.fork("story");
  const end = ctx.start + ctx.days * DAY;
  const story: Story = { victims: [], relatives: [], payments: [], bridges: [] };
  const brokerIn = new Map<string, { ts: number; amount: bigint }[]>();
  let relIdx = 0;
  let codeIdx = 0;
  const at = (day: number, h0 = 6, h1 = 20) => ctx.start + day * DAY + rng.int(h0 * 3600, h1 * 3600 - 1);
  const hawalaBroker = (c: Country) => cast.hawala.find((h) => h.country === c) ?? cast.hawala[cast.hawala.length - 1]!;
  const agentFor = (c: Country) => {
    const start = rng.int(0, pop.agents - 1);
    for (let k = 0; k < pop.agents; k++) {
      const a = pop.agent((start + k) % pop.agents);
      if (a.country === c) return register(ctx, a);
    }
    throw new Error(`no agent in ${c}`);
  };

  function relative(local: boolean): Relative {
    const country: Country = local ? rng.pick(["ET", "KE"] as const) : rng.pick(DIASPORA);
    const r: Relative = { id: `relative-${++relIdx}`, no: relIdx, name: habeshaName(rng, rng.chance(0.5), 0.3), country, phone: phoneNumber(country, 5000 + ctx.phoneOffset + relIdx), accounts: {} };
    story.relatives.push(r);
    return r;
  }
  function relativeAccount(r: Relative, ch: Channel): string {
    const have = r.accounts[ch];
    if (have) return have;
    let a: Account;
    const base = { holder: r.name.full, country: r.country, currency: CURRENCY[r.country], opening: 0n, role: "relative" as const, person: r.id, phone: r.phone };
    if (ch === "mobile") a = { ...base, id: `wallet:${r.phone}`, kind: "mobile_money", institution: WALLET_PROVIDER[r.country]! };
    else if (ch === "mto") {
      const op = OPERATORS[r.no % OPERATORS.length]!;
      a = { ...base, id: `mto:${op.name}/${op.code}-R${String(300_000 + r.no * 53)}`, kind: "mto", institution: op.name };
    } else if (r.country === "US") a = { ...base, id: `bank:Lakeshore Community Bank/4410${String(r.no * 9_173).padStart(8, "0")}`, kind: "bank", institution: "Lakeshore Community Bank" };
    else a = { ...base, id: `iban:${iban(r.country, 500 + r.no)}`, kind: "bank", institution: `${r.country} retail bank` };
    r.accounts[ch] = register(ctx, a).id;
    return a.id;
  }

  /** Collector wallet w received `amount` at t: keep a cut, maybe hop wallets, cash some out, forward the rest. */
  function forward(g: Group, c: Person, wId: string, amount: bigint, t: number, hopsLeft = 1): void {
    const w = account(ctx, wId);
    const cut = (amount * BigInt(rng.int(5, 12))) / 100n;
    let rest = amount - cut;
    let ts = t + rng.int(1800, rng.chance(0.8) ? 30 * 3600 : 5 * DAY);
    if (ts >= end) return;
    const sibling = c.accounts.find((a) => a !== wId && account(ctx, a).currency === w.currency);
    if (hopsLeft > 0 && sibling && rng.chance(0.35)) {
      for (const part of chunks(rest, w.currency)) move(ctx, { ts: ts++, from: wId, to: sibling, amount: part, kind: "p2p", channel: "mobile", ransom: true });
      forward(g, c, sibling, rest, ts, hopsLeft - 1);
      return;
    }
    if (rng.chance(0.3)) {
      const cash = roundedCents(Number((rest * BigInt(rng.int(25, 60))) / 100n) / 100, w.currency);
      const agent = agentFor(w.country);
      for (const part of chunks(cash, w.currency)) move(ctx, { ts: ts++, from: wId, to: agent.id, amount: part, kind: "cash_out", channel: "agent", ransom: true });
      rest -= cash;
      ts += rng.int(600, 4 * 3600);
    }
    const broker = g.brokers.map((b) => b.accounts.find((a) => account(ctx, a).currency === w.currency && account(ctx, a).kind === "mobile_money")).find(Boolean)
      ?? g.brokers[0]!.accounts[0]!;
    for (const part of chunks(rest, w.currency)) {
      const tr = move(ctx, { ts: ts, from: wId, to: broker, amount: part, kind: "p2p", channel: "mobile", ransom: true });
      brokerIn.get(broker)?.push({ ts, amount: tr.received }) ?? brokerIn.set(broker, [{ ts, amount: tr.received }]);
      ts += rng.int(60, 900);
    }
  }

  function pay(v: Victim, episode: number, g: Group, r: Relative, c: Person, usd: number, day: number): void {
    const local = r.country === "ET" || r.country === "KE";
    const localWallet = c.accounts.find((a) => account(ctx, a).country === r.country);
    const ch: Channel = local && localWallet ? "mobile" : local ? "mto" : rng.weighted(Object.entries(s.channels).filter(([k]) => k !== "mobile") as [Channel, number][]);
    const ts = at(day);
    const payerAccount = relativeAccount(r, ch === "hawala" ? "bank" : ch);
    const payer = account(ctx, payerAccount);
    const sent = roundedCents(Math.round((usd * Number(ctx.fx.scaled(day, "USD", "official"))) / Number(ctx.fx.scaled(day, payer.currency, "official")) / 10) * 10, payer.currency);
    let tx: Transfer;
    let bridge: string | undefined;
    let to: string;
    if (ch === "mobile" || ch === "mto") {
      to = (ch === "mobile" ? localWallet : rng.pick(c.accounts))!;
      const op = OPERATORS.find((o) => payerAccount.startsWith(`mto:${o.name}/`));
      tx = move(ctx, { ts, from: payerAccount, to, amount: sent, kind: ch === "mto" ? "mto" : "p2p", channel: ch === "mto" ? "mto" : "mobile", ransom: true, margin: ch === "mto" ? 0.025 : 0, carrier: op?.name, carrierCode: op?.code, style: ch === "mto" ? "mto" : undefined, reference: ch === "mto" ? rng.pick(["family support", "gift", "help", "medical", ""]) : "" });
      if (op) move(ctx, { ts, from: payerAccount, to: `service:${op.name} fees`, amount: roundedCents(Number(sent) / 100 * 0.03 + 2.99, payer.currency), kind: "fee", channel: "mto", carrier: op.name, carrierCode: op.code, style: "mto" });
      forward(g, c, to, tx.received, ts);
    } else if (ch === "bank") {
      to = g.brokers[0]!.accounts.find((a) => account(ctx, a).kind === "bank") ?? g.brokers[0]!.accounts[0]!;
      tx = move(ctx, { ts, from: payerAccount, to, amount: sent, kind: "bank", channel: "bank", ransom: true, margin: 0.012, reference: rng.pick(["invoice 2231", "family", "tuition", "car parts"]) });
      brokerIn.get(to)?.push({ ts, amount: tx.received }) ?? brokerIn.set(to, [{ ts, amount: tx.received }]);
    } else {
      // Two legs that no record connects: payer -> hawaladar in Europe; hawaladar near the collector -> collector.
      const code = `${CODE_WORDS[codeIdx % CODE_WORDS.length]} ${100 + codeIdx++}`;
      const eu = hawalaBroker(r.country === "SE" ? "SE" : "DE");
      const wId = rng.pick(c.accounts);
      const w = account(ctx, wId);
      const local = hawalaBroker(w.country);
      to = hawalaAccount(ctx, eu, r.name.full);
      tx = move(ctx, { ts, from: payerAccount, to, amount: sent, kind: "hawala_in", channel: "hawala", ransom: true, carrier: eu.name, carrierCode: "HW", style: "hawala", code, reference: code });
      const outTs = ts + rng.int(2 * 3600, 2 * DAY);
      const src = hawalaAccount(ctx, local, c.name.full);
      const payout = roundedCents(Number(convert(ctx.fx, dayOf(ctx, outTs), sent, payer.currency, w.currency, 0.04, "parallel")) / 100, w.currency);
      const out = move(ctx, { ts: outTs, from: src, to: wId, amount: payout, kind: "hawala_out", channel: "hawala", ransom: true, carrier: local.name, carrierCode: "HW", style: "hawala", code, reference: code });
      story.bridges.push({ in: tx.id, out: out.id, code });
      bridge = out.id;
      forward(g, c, wId, out.received, outTs);
    }
    story.payments.push({ tx: tx.id, victim: v.id, episode, group: g.id, payer: r.id, payerAccount, to, amount: sent, currency: payer.currency, channel: ch, ...(bridge ? { bridgeTo: bridge } : {}) });
  }

  for (let vi = 0; vi < s.victims; vi++) {
    const name = habeshaName(rng, rng.chance(0.15), 0);
    const v: Victim = { id: `V${String(vi + 1).padStart(2, "0")}`, name: name.full, demanded: [], groups: [], relatives: [] };
    const family: Relative[] = [];
    const nRel = rng.int(s.relatives[0], s.relatives[1]);
    for (let k = 0; k < nRel; k++) family.push(relative(k > 0 && rng.chance(0.25)));
    v.relatives = family.map((r) => r.id);
    const soldOn = s.groups > 1 && (rng.chance(s.soldOn) || (vi === 0 && s.soldOn > 0));
    let day = rng.int(3, Math.max(4, ctx.days - (soldOn ? 75 : 40)));
    let g = rng.int(0, s.groups - 1);
    for (let ep = 1; ep <= (soldOn ? 2 : 1); ep++) {
      const group = cast.groups[g]!;
      const usd = rng.int(6, 20) * 500;
      v.demanded.push(usd);
      v.groups.push(group.id);
      const collector = rng.pick(group.collectors);
      const n = rng.int(s.tranches[0], s.tranches[1]);
      const shares = Array.from({ length: n }, () => rng.int(2, 6));
      const total = shares.reduce((a, b) => a + b, 0);
      let paid = 0;
      for (let k = 0; k < n; k++) {
        const part = k === n - 1 ? usd - paid : Math.round((usd * shares[k]!) / total / 100) * 100;
        paid += part;
        pay(v, ep, group, family[(k + vi) % family.length]!, rng.chance(0.8) ? collector : rng.pick(group.collectors), part, Math.min(ctx.days - 2, day));
        day += rng.int(0, 4);
      }
      day += rng.int(20, 40);
      g = (g + 1 + rng.int(0, s.groups - 2)) % s.groups;
    }
    story.victims.push(v);
  }
  sweepBrokers(ctx, cast, brokerIn, end);
  return story;
}

function* chunks(amount: bigint, currency: string): Generator<bigint> {
  const limit = LIMIT[currency] ?? amount;
  const n = (amount + limit - 1n) / limit;
  if (n <= 1n) { yield amount; return; }
  const unit = 100n;
  const each = ((amount / n) / unit) * unit;
  for (let i = 1n; i < n; i++) yield each;
  yield amount - each * (n - 1n);
}

/** Brokers sweep what arrived every few days to their leader (wire from a bank, hawala from ET/SD). */
function sweepBrokers(ctx: Ctx, cast: Cast, brokerIn: Map<string, { ts: number; amount: bigint }[]>, end: number): void {
  const rng = ctx.rng.fork("sweep");
  const leaderIn = new Map<string, { ts: number; amount: bigint }[]>();
  for (const [accId, inflows] of [...brokerIn.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    inflows.sort((a, b) => a.ts - b.ts);
    const acc = account(ctx, accId);
    const group = cast.groups.find((g) => g.brokers.some((b) => b.accounts.includes(accId)))!;
    const broker = group.brokers.find((b) => b.accounts.includes(accId))!;
    const leaderAcc = group.leader.accounts[0]!;
    let i = 0;
    let sweepAt = inflows[0]!.ts + rng.int(DAY, 3 * DAY);
    while (i < inflows.length && sweepAt < end) {
      let pending = 0n;
      while (i < inflows.length && inflows[i]!.ts < sweepAt) pending += inflows[i++]!.amount;
      if (pending > 0n) {
        let ts = sweepAt;
        let send = pending - (pending * 5n) / 100n;
        let from = accId;
        const bankAcc = broker.accounts.find((a) => account(ctx, a).kind === "bank" && account(ctx, a).currency === acc.currency);
        if (acc.kind === "mobile_money" && bankAcc) {
          // Wallet to own bank account first (wallet limits), then one wire.
          for (const part of chunks(send, acc.currency)) move(ctx, { ts: ts++, from: accId, to: bankAcc, amount: part, kind: "settlement", channel: "mobile", ransom: true, style: acc.country === "KE" ? "mpesa" : "momo" });
          from = bankAcc;
          ts += rng.int(3600, DAY);
        }
        const fromAcc = account(ctx, from);
        if (fromAcc.kind === "bank" && rng.chance(0.3)) {
          const cash = roundedCents(Number((send * BigInt(rng.int(10, 25))) / 100n) / 100, fromAcc.currency);
          const point = cast.cashPoints.find((p) => p.country === fromAcc.country) ?? cast.cashPoints[0]!;
          if (point.currency === fromAcc.currency) {
            move(ctx, { ts: ts++, from, to: point.id, amount: cash, kind: "cash_out", channel: "bank", ransom: true });
            send -= cash;
          }
        }
        if (ts < end) {
          if (fromAcc.kind === "bank") {
            const tr = move(ctx, { ts, from, to: leaderAcc, amount: send, kind: "bank", channel: "bank", ransom: true, margin: 0.015, reference: rng.pick(["goods payment", "trading", "invoice", "consultancy"]) });
            leaderIn.get(leaderAcc)?.push({ ts, amount: tr.received }) ?? leaderIn.set(leaderAcc, [{ ts, amount: tr.received }]);
          } else {
            // No bank route: through a hawala corridor to Dubai (an unlinked pair again).
            const code = `Dubai ${rng.int(100, 999)}`;
            const local = cast.hawala.find((h) => h.country === acc.country) ?? cast.hawala[0]!;
            const dubai = cast.hawala.find((h) => h.country === "AE")!;
            const leg1 = move(ctx, { ts, from, to: hawalaAccount(ctx, local, broker.name.full), amount: send, kind: "hawala_in", channel: "hawala", ransom: true, carrier: local.name, carrierCode: "HW", style: "hawala", code, reference: code });
            const outTs = ts + rng.int(6 * 3600, 3 * DAY);
            const aed = roundedCents(Number(convert(ctx.fx, dayOf(ctx, outTs), send, acc.currency, "AED", 0.03, "parallel")) / 100, "AED");
            const leg2 = move(ctx, { ts: outTs, from: hawalaAccount(ctx, dubai, account(ctx, leaderAcc).holder), to: leaderAcc, amount: aed, kind: "hawala_out", channel: "hawala", ransom: true, carrier: dubai.name, carrierCode: "HW", style: "hawala", code, reference: code });
            void leg1;
            leaderIn.get(leaderAcc)?.push({ ts: outTs, amount: leg2.received }) ?? leaderIn.set(leaderAcc, [{ ts: outTs, amount: leg2.received }]);
          }
        }
      }
      sweepAt += rng.int(2 * DAY, 4 * DAY);
    }
  }
  spendLeaders(ctx, cast, leaderIn, end);
}

/** Leaders buy through front businesses, consolidate to the first leader, and withdraw cash. */
function spendLeaders(ctx: Ctx, cast: Cast, leaderIn: Map<string, { ts: number; amount: bigint }[]>, end: number): void {
  const rng = ctx.rng.fork("leaders");
  const top = cast.leaders[0]!.accounts[0]!;
  for (const [accId, inflows] of [...leaderIn.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    inflows.sort((a, b) => a.ts - b.ts);
    for (const inflow of inflows) {
      let ts = inflow.ts + rng.int(DAY, 6 * DAY);
      if (ts >= end) continue;
      if (cast.fronts.length && rng.chance(0.5)) {
        const front = rng.pick(cast.fronts);
        const amount = roundedCents(Number((inflow.amount * BigInt(rng.int(20, 50))) / 100n) / 100, "AED");
        move(ctx, { ts: ts++, from: accId, to: front.id, amount, kind: "bank", channel: "bank", ransom: true, margin: front.currency === "AED" ? 0 : 0.01, reference: rng.pick(["vehicle purchase", "booking", "shipment", "rent"]) });
      }
      if (accId !== top && rng.chance(0.4)) {
        const amount = roundedCents(Number((inflow.amount * BigInt(rng.int(20, 40))) / 100n) / 100, "AED");
        move(ctx, { ts: ts + rng.int(3600, DAY), from: accId, to: top, amount, kind: "bank", channel: "bank", ransom: true, reference: "partner share" });
      }
    }
  }
}
