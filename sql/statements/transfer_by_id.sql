-- One transfer as a match candidate (for a match the investigator confirmed that the date
-- window or amount bounds would not have proposed).
-- params: $tx_id VARCHAR
-- columns: as statements/candidates
SELECT t.tx_id, strftime(t.ts, '%Y-%m-%dT%H:%M:%SZ') AS ts, t.from_account, t.to_account,
       CAST(t.amount AS DOUBLE) AS amount, t.currency, CAST(t.value_out AS DOUBLE) AS value_out,
       t.channel, t.reference, fa.holder_name AS from_name, ta.holder_name AS to_name,
       ta.country AS to_country, ta.institution AS to_institution
FROM transfer_records t
LEFT JOIN account_records fa ON fa.account_id = t.from_account
LEFT JOIN account_records ta ON ta.account_id = t.to_account
WHERE t.tx_id = $tx_id;
