// The balance a stated balance says an account held just before transfer `i`, in the
// reporting currency (docs/spec/tracing-semantics.md, Known balances), for one side of it:
// the pass corrects its own balance to it (a hidden deposit or withdrawal). A balance
// reconciled in the statement's own currency comes as the gap it calls for, converted
// (sql/trace/balances_rebuild.sql): the pass's balance plus that gap, so FX drift between the
// days of two statement rows is never a correction. One that could not be (the account's first
// stated balance, or one after a record in another currency) comes converted at the
// transfer's rate and is compared as it is. NaN: the record states no balance on this side.

/**
 * `delta`: what the transfer itself does to the balance stated after it, undone: +value_out
 * for the sender, -value_in for the receiver. `held`: the pass's balance before the transfer.
 */
export function statedBefore(gap: Float64Array | null, after: Float64Array | null, i: number, delta: number, held: number): number {
  if (gap) {
    const g = gap[i]!;
    if (!Number.isNaN(g)) return held + g;
  }
  if (after) {
    const k = after[i]!;
    if (!Number.isNaN(k)) return Math.max(0, k + delta);
  }
  return NaN;
}
