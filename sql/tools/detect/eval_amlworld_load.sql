-- Evaluation: loads AMLworld HI-Small laundering patterns (the flat CSV derived from
-- HI-Small_Patterns.txt) as transfers; tx_id = pattern_id-seq, accounts acct:<hex id>.
-- Amounts are valued in USD at fixed approximate rates (AMLworld publishes none; they only
-- need to make hop amounts comparable for the cycle detector).
-- params: $path VARCHAR
INSERT INTO transfer_records (tx_id, ts, from_account, to_account, amount, currency, amount_received,
  currency_received, value_out, value_in, channel, load_seq)
WITH rate(cur, usd) AS (
  VALUES ('US Dollar', 1.0), ('Euro', 1.0), ('UK Pound', 1.17), ('Yuan', 0.145), ('Yen', 0.0072), ('Rupee', 0.0125),
         ('Ruble', 0.016), ('Swiss Franc', 1.03), ('Australian Dollar', 0.68), ('Canadian Dollar', 0.75),
         ('Mexican Peso', 0.05), ('Brazil Real', 0.19), ('Saudi Riyal', 0.266), ('Shekel', 0.29), ('Bitcoin', 20000.0)
),
src AS (SELECT *, row_number() OVER () AS rn FROM read_csv($path, header = true, all_varchar = true))
SELECT s.pattern_id || '-' || s.seq_in_pattern, strptime(s.timestamp, '%Y/%m/%d %H:%M'),
       'acct:' || s.from_account, 'acct:' || s.to_account,
       CAST(s.amount_paid AS DECIMAL(18,2)), 'USD', CAST(s.amount_received AS DECIMAL(18,2)), 'USD',
       CAST(CAST(s.amount_paid AS DOUBLE) * coalesce(p.usd, 1.0) AS DECIMAL(18,2)),
       CAST(CAST(s.amount_received AS DOUBLE) * coalesce(r.usd, 1.0) AS DECIMAL(18,2)),
       s.payment_format, s.rn
FROM src s LEFT JOIN rate p ON p.cur = s.payment_currency LEFT JOIN rate r ON r.cur = s.receiving_currency;
