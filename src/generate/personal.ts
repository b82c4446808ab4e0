// The suspects' own ordinary life in their wallets (cash deposits, airtime, shopping, sending
// to family), paid from their own clean money, so that statements look like statements and a
// trace meets mixed balances; and ordinary families using the same hawala brokers, so the
// ledgers are not made of ransom legs only.
import { hawalaAccount, register, type Cast } from "./cast.js";
import { type Ctx, DAY, account, move } from "./ctx.js";
import { iban } from "./iban.js";
import { habeshaName } from "./names.js";
import { phoneNumber } from "./phones.js";
import { localCents, roundedCents, type Population } from "./population.js";

export function personalTraffic(ctx: Ctx, cast: Cast, pop: Population): void {
  const rng = ctx.rng.fork("personal");
  const wallets = cast.groups.flatMap((g) => [...g.collectors, ...g.brokers]).flatMap((p) => p.accounts)
    .filter((a) => account(ctx, a).kind === "mobile_money");
  for (const id of wallets) {
    const w = account(ctx, id);
    const agents = Array.from({ length: pop.agents }, (_, k) => pop.agent(k)).filter((a) => a.country === w.country).map((a) => register(ctx, a));
    const merchants = Array.from({ length: pop.merchants }, (_, k) => pop.merchant(k)).filter((m) => m.country === w.country).map((m) => register(ctx, m));
    let clean = Number(w.opening);
    const n = rng.int(4, 12);
    const times = Array.from({ length: n }, () => ctx.start + rng.int(0, ctx.days - 1) * DAY + rng.int(4 * 3600, 19 * 3600)).sort((a, b) => a - b);
    for (const ts of times) {
      const what = rng.weighted([["cash_in", 3], ["merchant", 3], ["p2p", 2]] as const);
      if (what === "cash_in" && agents.length) {
        const amt = localCents(rng.lognormal(40, 0.6), w.country);
        clean += Number(amt);
        move(ctx, { ts, from: rng.pick(agents).id, to: id, amount: amt, kind: "cash_in", channel: "agent" });
        continue;
      }
      const amt = localCents(what === "merchant" ? rng.lognormal(6, 0.6) : rng.lognormal(15, 0.6), w.country);
      if (clean < Number(amt) * 1.05 + 20_000) continue;
      clean -= Number(amt) * 1.05;
      if (what === "merchant" && merchants.length) move(ctx, { ts, from: id, to: rng.pick(merchants).id, amount: amt, kind: "merchant", channel: "mobile" });
      else {
        let j = rng.int(0, pop.wallets - 1);
        while (pop.walletCountry(j) !== w.country) j = (j + 1) % pop.wallets;
        const family = register(ctx, pop.wallet(j));
        move(ctx, { ts, from: id, to: family.id, amount: amt, kind: "p2p", channel: "mobile" });
      }
    }
  }
}

/** Ordinary families sending money home through the same hawala brokers (two unlinked legs each). */
export function benignHawala(ctx: Ctx, cast: Cast, pop: Population, count: number): void {
  const rng = ctx.rng.fork("benign-hawala");
  for (let k = 0; k < count; k++) {
    const country = rng.pick(["DE", "SE", "NL", "GB"] as const);
    const sender = habeshaName(rng, rng.chance(0.5));
    const from = register(ctx, {
      id: `iban:${iban(country, 9000 + k)}`, kind: "bank", holder: sender.full, institution: `${country} retail bank`, country,
      currency: country === "SE" ? "SEK" : country === "GB" ? "GBP" : "EUR", opening: 0n, role: "ordinary", person: `hawala-client-${k}`,
      phone: phoneNumber(country, 20_000 + k),
    });
    const eu = cast.hawala.find((h) => h.country === (country === "SE" ? "SE" : "DE"))!;
    let j = rng.int(0, pop.wallets - 1);
    const payoutCountries = ["SD", "UG", "ET", "KE"];
    while (!payoutCountries.includes(pop.walletCountry(j))) j = (j + 1) % pop.wallets;
    const home = register(ctx, pop.wallet(j));
    const local = cast.hawala.find((h) => h.country === home.country)!;
    const ts = ctx.start + rng.int(0, ctx.days - 3) * DAY + rng.int(8 * 3600, 18 * 3600);
    const amount = roundedCents(rng.int(3, 40) * 50, from.currency);
    const code = `${rng.pick(["Selam", "Tena", "Mariam", "Kidus", "Saba"])} ${rng.int(10, 99)}`;
    move(ctx, { ts, from: from.id, to: hawalaAccount(ctx, eu, sender.full, "ordinary"), amount, kind: "hawala_in", channel: "hawala", carrier: eu.name, carrierCode: "HW", style: "hawala", code, reference: code });
    const outTs = ts + rng.int(3 * 3600, 2 * DAY);
    const payout = roundedCents(Number(amount) / 100 * (from.currency === "SEK" ? 0.1 : 1.1) * 0.96 * { SD: 2650, UG: 3680, ET: 152, KE: 129 }[home.country as "SD"], home.currency);
    move(ctx, { ts: outTs, from: hawalaAccount(ctx, local, home.holder, "ordinary"), to: home.id, amount: payout, kind: "hawala_out", channel: "hawala", carrier: local.name, carrierCode: "HW", style: "hawala", code, reference: code });
  }
}
