-- Rebuild trace_balances: every stated balance (balance_after_from / balance_after_to of a
-- record) reconciled in the statement's own currency, before any conversion
-- (docs/spec/tracing-semantics.md, Known balances; docs/engine.md). A balance is in the
-- currency of its side of the transfer (currency for the sender, currency_received for the
-- receiver). For each account that states balances, its records are walked in processing
-- order (ts, load_seq) in that currency: the previous stated balance, carried forward by the
-- account's records since (never below zero, as the allocation pass does), is the computed
-- balance; what the record's stated balance implies before the transfer minus that is the
-- native gap, a hidden deposit (> 0) or withdrawal (< 0) in native currency, converted to the
-- reporting currency at this transfer's own rate (basis 'native'). FX drift between days is
-- therefore never a gap. Where there is no earlier stated balance in the same currency (the
-- account's first, or a record in another currency since), the stated balance itself is
-- converted at this transfer's rate and compared with the pass's reporting balance (basis
-- 'reporting'). Inferred links (hawala bridges) are no record and are left out of the walk.
-- trace/flows_rebuild hands `converted` to the pass; trace/store_notes shows it with the native
-- figures on each correction.
-- params: none
-- columns: load_seq BIGINT, side 'from'|'to', account_id, currency, stated (native, after the
--   transfer), stated_before (native, before it), computed_before (native; NULL for basis
--   'reporting'), gap (native, stated_before at least zero minus computed_before; NULL for
--   'reporting'), rate (reporting-currency units per native unit; 1 in the reporting currency),
--   converted (reporting currency: 'native': gap × rate; 'reporting': stated × rate, to the
--   cent as ingest values amounts), basis 'native'|'reporting'
CREATE OR REPLACE TABLE trace_balances AS
WITH stated_accounts AS (
  SELECT from_account AS account_id FROM transfer_records WHERE balance_after_from IS NOT NULL AND NOT inferred
  UNION
  SELECT to_account FROM transfer_records
  WHERE balance_after_to IS NOT NULL AND NOT inferred AND to_account <> from_account
),
ev AS (
  SELECT t.load_seq, t.ts, 0 AS side_no, 'from' AS side, t.from_account AS account_id,
         -t.amount AS delta, t.currency, coalesce(t.fx_rate_out, 1) AS rate, t.balance_after_from AS stated
  FROM transfer_records t SEMI JOIN stated_accounts s ON s.account_id = t.from_account
  WHERE NOT t.inferred
  UNION ALL
  SELECT t.load_seq, t.ts, 1, 'to', t.to_account, t.amount_received, t.currency_received,
         coalesce(t.fx_rate_in, 1), t.balance_after_to
  FROM transfer_records t SEMI JOIN stated_accounts s ON s.account_id = t.to_account
  WHERE NOT t.inferred AND t.to_account <> t.from_account
),
-- seg: how many stated balances the account has up to and including this record; a stated
-- record opens a segment, the records after it without one belong to it.
segmented AS (
  SELECT *,
         count(stated) OVER (PARTITION BY account_id ORDER BY ts, load_seq, side_no ROWS UNBOUNDED PRECEDING) AS seg,
         -- the balance the pass holds after a stated record: the stated balance before it (at
         -- least zero) plus the record's amount, at least zero
         CASE WHEN stated IS NOT NULL THEN greatest(0, greatest(0, stated - delta) + delta) END AS start
  FROM ev
),
-- x: the segment's balance after each record before any clamping (start + the amounts since)
walk AS (
  SELECT *,
         first_value(start) OVER s AS seg_start,
         first_value(start) OVER s + sum(CASE WHEN stated IS NULL THEN delta ELSE 0 END) OVER (s ROWS UNBOUNDED PRECEDING) AS x,
         first_value(currency) OVER s AS seg_currency
  FROM segmented
  WINDOW s AS (PARTITION BY account_id, seg ORDER BY ts, load_seq, side_no)
),
-- Each segment's computed balance at its end: a balance that would go below zero is held at
-- zero (reflection: x minus the lowest x below zero), as the pass's outflows beyond the
-- balance are unexplained money, not a negative balance.
segs AS (
  SELECT account_id, seg, any_value(seg_currency) AS currency,
         any_value(seg_start) + sum(CASE WHEN stated IS NULL THEN delta ELSE 0 END) - least(0, min(x)) AS computed_end,
         bool_and(currency = seg_currency) AS one_currency
  FROM walk WHERE seg > 0
  GROUP BY account_id, seg
),
reconciled AS (
  SELECT w.load_seq, w.side, w.account_id, w.currency, w.stated, w.stated - w.delta AS stated_before,
         p.computed_end AS computed_before, w.rate,
         CASE WHEN p.seg IS NOT NULL THEN 'native' ELSE 'reporting' END AS basis
  FROM walk w
  LEFT JOIN segs p ON p.account_id = w.account_id AND p.seg = w.seg - 1 AND p.one_currency AND p.currency = w.currency
  WHERE w.stated IS NOT NULL
)
SELECT load_seq, side, account_id, currency, stated, stated_before, computed_before::DECIMAL(18,2) AS computed_before,
       CASE WHEN basis = 'native' THEN (greatest(0, stated_before) - computed_before)::DECIMAL(18,2) END AS gap,
       rate,
       CASE WHEN basis = 'native' THEN ((greatest(0, stated_before) - computed_before) * rate)::DECIMAL(18,2)
            ELSE (stated * rate)::DECIMAL(18,2) END AS converted,
       basis
FROM reconciled;
