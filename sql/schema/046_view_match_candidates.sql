-- Transfers as statement matching compares them: sender and receiver with holder names, the
-- receiver's country and institution, amounts as numbers, time as ISO text. ts_raw,
-- load_seq and inferred are for filtering and ordering.
CREATE OR REPLACE VIEW match_candidates AS
SELECT t.tx_id, strftime(t.ts, '%Y-%m-%dT%H:%M:%SZ') AS ts, t.from_account, t.to_account,
       CAST(t.amount AS DOUBLE) AS amount, t.currency, CAST(t.value_out AS DOUBLE) AS value_out,
       t.channel, t.reference, fa.holder_name AS from_name, ta.holder_name AS to_name,
       ta.country AS to_country, ta.institution AS to_institution,
       t.ts AS ts_raw, t.load_seq, t.inferred
FROM transfer_records t
LEFT JOIN account_records fa ON fa.account_id = t.from_account
LEFT JOIN account_records ta ON ta.account_id = t.to_account;
