-- Rebuild trace_flows from transfer_records (see sql/schema/026_trace_flows.sql): one join to
-- account keys and one sort by (ts, load_seq) for the whole case, paid once per change of the
-- case instead of on every trace. Rows are stored in processing order. Stated balances come
-- from trace_balances (trace/balances_rebuild, built just before), already in the reporting
-- currency: a balance to compare (bal_*) where it could not be reconciled in its own currency,
-- else the correction its native gap calls for (gap_*).
-- params: none
CREATE OR REPLACE TABLE trace_flows AS
SELECT (row_number() OVER (ORDER BY t.ts, t.load_seq))::INTEGER AS pos,
       fa.account_key AS from_key, ta.account_key AS to_key,
       t.value_out::DOUBLE AS value_out, t.value_in::DOUBLE AS value_in,
       epoch(t.ts)::DOUBLE AS ts, t.load_seq,
       coalesce(CASE WHEN bf.basis = 'reporting' THEN bf.converted END::DOUBLE, 'nan'::DOUBLE) AS bal_from,
       coalesce(CASE WHEN bt.basis = 'reporting' THEN bt.converted END::DOUBLE, 'nan'::DOUBLE) AS bal_to,
       coalesce(CASE WHEN bf.basis = 'native' THEN bf.converted END::DOUBLE, 'nan'::DOUBLE) AS gap_from,
       coalesce(CASE WHEN bt.basis = 'native' THEN bt.converted END::DOUBLE, 'nan'::DOUBLE) AS gap_to,
       t.inferred, fa.kind IN ('service', 'cash') AS from_terminal, t.tx_id
FROM transfer_records t
JOIN account_records fa ON fa.account_id = t.from_account
JOIN account_records ta ON ta.account_id = t.to_account
LEFT JOIN trace_balances bf ON bf.load_seq = t.load_seq AND bf.side = 'from'
LEFT JOIN trace_balances bt ON bt.load_seq = t.load_seq AND bt.side = 'to'
ORDER BY pos;
