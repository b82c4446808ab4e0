-- Evaluation: loads the PaySim sample (step = hour after 2020-01-01), one transfer per row:
-- CASH_IN reversed (the merchant pays the customer), tx_id P-<row>. isFraud kept in reference.
-- params: $path VARCHAR
INSERT INTO transfer_records (tx_id, ts, from_account, to_account, amount, currency, amount_received,
  currency_received, value_out, value_in, channel, reference, load_seq)
WITH src AS (SELECT *, row_number() OVER () AS rn FROM read_csv($path, header = true, all_varchar = true))
SELECT 'P-' || rn, TIMESTAMP '2020-01-01' + to_hours(CAST(CAST(step AS DOUBLE) AS INTEGER)),
       CASE WHEN type = 'CASH_IN' THEN nameDest ELSE nameOrig END, CASE WHEN type = 'CASH_IN' THEN nameOrig ELSE nameDest END,
       CAST(amount AS DECIMAL(18,2)), 'USD', CAST(amount AS DECIMAL(18,2)), 'USD',
       CAST(amount AS DECIMAL(18,2)), CAST(amount AS DECIMAL(18,2)), type,
       CASE WHEN CAST(isFraud AS DOUBLE) = 1 THEN 'fraud' ELSE '' END, rn
FROM src WHERE CAST(amount AS DOUBLE) > 0 AND nameOrig <> nameDest;
