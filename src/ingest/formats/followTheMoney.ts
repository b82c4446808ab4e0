// follow-the-money (Mattsson) transaction logs: a header-less CSV described by its own
// config.json, given as --mapping. The config is translated into a flowtrace mapping:
// transaction_header → column names, timeformat → strptime format, amt/fee ("fee/revenue":
// "sender": the sender paid amt + fee, the receiver got amt), src_balance/tgt_balance
// ("balance_type": "post") → known balances. Account ids are kept as written (AAA, provider).
// The time window and boundary settings are tracing options, not data: recorded, not applied.
import { z } from "zod";
import type { FormatReader } from "../format.js";
import { inputError } from "../../errors.js";
import { parseMapping, type Mapping } from "../mapping.js";
import { stageMapped } from "./mapped.js";

const ftmConfig = z.looseObject({
  transaction_header: z.array(z.string()).min(1),
  delimiter: z.string().optional(),
  quotechar: z.string().optional(),
  timeformat: z.string().optional(),
  balance_type: z.string().optional(),
  "fee/revenue": z.string().optional(),
});

export function ftmMapping(config: unknown, currency: string): Mapping {
  const r = ftmConfig.safeParse(config);
  if (!r.success) throw inputError("bad_mapping", "not a follow-the-money config: transaction_header is required", { file: "--mapping" });
  const c = r.data;
  const has = (name: string) => c.transaction_header.includes(name) ? name : undefined;
  const post = (c.balance_type ?? "post") === "post";
  return parseMapping({
    delimiter: c.delimiter ?? ",",
    quote: c.quotechar ?? '"',
    column_names: c.transaction_header,
    columns: {
      tx_id: has("txn_ID"), timestamp: "timestamp", amount: "amt", fee: has("fee"),
      channel: has("type") ?? has("src_categ"),
      balance_after_from: post ? has("src_balance") : undefined,
      balance_after_to: post ? has("tgt_balance") : undefined,
    },
    from: { column: "src_ID", type: "raw" },
    to: { column: "tgt_ID", type: "raw" },
    constants: { currency },
    date_format: c.timeformat ?? "%Y-%m-%d %H:%M:%S",
    fee_mode: (c["fee/revenue"] ?? "sender") === "sender" ? "added" : "included",
  }, "--mapping");
}

export const followTheMoneyReader: FormatReader = {
  name: "follow-the-money",
  stage(ctx) {
    if (ctx.options.mapping === undefined) {
      throw inputError("mapping_required", "format follow-the-money needs --mapping <its config.json>", { file: ctx.path });
    }
    const m = ftmMapping(ctx.options.mapping, ctx.options.currency ?? "USD");
    return stageMapped(ctx, m, { format: "follow-the-money" });
  },
};
