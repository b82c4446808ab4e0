-- Recorded (not inferred) transfers that could be a stated payment: inside the date window,
-- and either in the stated currency with a comparable amount or of comparable value in the
-- reporting currency. Wide bounds on purpose: the scorer decides, this only narrows.
-- params: $since TIMESTAMP, $until TIMESTAMP, $currency VARCHAR, $amount_lo DOUBLE,
--         $amount_hi DOUBLE, $value_lo DOUBLE, $value_hi DOUBLE
-- columns: tx_id, ts (ISO text), from_account, to_account, amount, currency, value_out,
--          channel, reference, from_name, to_name, to_country, to_institution
SELECT * EXCLUDE (ts_raw, load_seq, inferred)
FROM match_candidates
WHERE NOT inferred
  AND ts_raw BETWEEN CAST($since AS TIMESTAMP) AND CAST($until AS TIMESTAMP)
  AND ((currency = $currency AND amount BETWEEN $amount_lo AND $amount_hi) OR value_out BETWEEN $value_lo AND $value_hi)
ORDER BY ts_raw, load_seq;
