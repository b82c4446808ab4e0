-- Recorded (not inferred) transfers that could be each statement's payment: inside the
-- statement's date window, and either in the stated currency with a comparable amount or of
-- comparable value in the reporting currency. Wide bounds on purpose: the scorer decides,
-- this only narrows. All statements in one pass (a range join), not one scan per statement.
-- params: $windows VARCHAR (JSON list of {id, since, until, currency, amount_lo, amount_hi,
--         value_lo, value_hi}; times as 'YYYY-MM-DD HH:MM:SS' UTC)
-- columns: statement_id, tx_id, ts (ISO text), from_account, to_account, amount, currency,
--          value_out, channel, reference, from_name, to_name, to_country, to_institution
WITH w AS (
  SELECT j->>'id' AS statement_id, CAST(j->>'since' AS TIMESTAMP) AS since, CAST(j->>'until' AS TIMESTAMP) AS until,
         j->>'currency' AS stated_currency, CAST(j->>'amount_lo' AS DOUBLE) AS amount_lo, CAST(j->>'amount_hi' AS DOUBLE) AS amount_hi,
         CAST(j->>'value_lo' AS DOUBLE) AS value_lo, CAST(j->>'value_hi' AS DOUBLE) AS value_hi
  FROM (SELECT unnest(from_json($windows, '["JSON"]')) AS j)
)
SELECT w.statement_id, c.* EXCLUDE (ts_raw, load_seq, inferred)
FROM w JOIN match_candidates c ON c.ts_raw BETWEEN w.since AND w.until
WHERE NOT c.inferred
  AND ((c.currency = w.stated_currency AND c.amount BETWEEN w.amount_lo AND w.amount_hi) OR c.value_out BETWEEN w.value_lo AND w.value_hi)
ORDER BY w.statement_id, c.ts_raw, c.load_seq;
