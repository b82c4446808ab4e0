-- Rebuild trace_flows from transfer_records (see sql/schema/026_trace_flows.sql): one join to
-- account keys and one sort by (ts, load_seq) for the whole case, paid once per change of the
-- case instead of on every trace. Rows are stored in processing order.
CREATE OR REPLACE TABLE trace_flows AS
SELECT (row_number() OVER (ORDER BY t.ts, t.load_seq))::INTEGER AS pos,
       fa.account_key AS from_key, ta.account_key AS to_key,
       t.value_out::DOUBLE AS value_out, t.value_in::DOUBLE AS value_in,
       epoch(t.ts)::DOUBLE AS ts, t.load_seq,
       coalesce(t.balance_after_from::DOUBLE, 'nan'::DOUBLE) AS bal_from,
       coalesce(t.balance_after_to::DOUBLE, 'nan'::DOUBLE) AS bal_to,
       t.inferred, fa.kind IN ('service', 'cash') AS from_terminal, t.tx_id
FROM transfer_records t
JOIN account_records fa ON fa.account_id = t.from_account
JOIN account_records ta ON ta.account_id = t.to_account
ORDER BY pos;
