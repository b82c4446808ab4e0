-- The bench's minimal streaming baseline reads these columns of every transfer in processing
-- order (the same join to account keys the tracer uses), and nothing else.
-- columns: from_key, to_key, value_in, ts, seq
SELECT fa.account_key AS from_key, ta.account_key AS to_key, t.value_in::DOUBLE AS value_in,
       epoch(t.ts)::DOUBLE AS ts, t.load_seq::DOUBLE AS seq
FROM transfer_records t
JOIN account_records fa ON fa.account_id = t.from_account
JOIN account_records ta ON ta.account_id = t.to_account
ORDER BY t.ts, t.load_seq;
