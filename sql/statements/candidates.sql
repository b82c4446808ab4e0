-- Recorded (not inferred) transfers that could be a stated payment: inside the date window,
-- and either in the stated currency with a comparable amount or of comparable value in the
-- reporting currency. Wide bounds on purpose: the scorer decides, this only narrows.
-- params: $since TIMESTAMP, $until TIMESTAMP, $currency VARCHAR, $amount_lo DOUBLE,
--         $amount_hi DOUBLE, $value_lo DOUBLE, $value_hi DOUBLE
-- columns: tx_id, ts (ISO text), from_account, to_account, amount, currency, value_out,
--          channel, reference, from_name, to_name, to_country, to_institution
SELECT t.tx_id, strftime(t.ts, '%Y-%m-%dT%H:%M:%SZ') AS ts, t.from_account, t.to_account,
       CAST(t.amount AS DOUBLE) AS amount, t.currency, CAST(t.value_out AS DOUBLE) AS value_out,
       t.channel, t.reference, fa.holder_name AS from_name, ta.holder_name AS to_name,
       ta.country AS to_country, ta.institution AS to_institution
FROM transfer_records t
LEFT JOIN account_records fa ON fa.account_id = t.from_account
LEFT JOIN account_records ta ON ta.account_id = t.to_account
WHERE NOT t.inferred
  AND t.ts BETWEEN CAST($since AS TIMESTAMP) AND CAST($until AS TIMESTAMP)
  AND ((t.currency = $currency AND CAST(t.amount AS DOUBLE) BETWEEN $amount_lo AND $amount_hi)
       OR CAST(t.value_out AS DOUBLE) BETWEEN $value_lo AND $value_hi)
ORDER BY t.ts, t.load_seq;
