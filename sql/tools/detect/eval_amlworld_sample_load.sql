-- Evaluation: loads the 1,000 ordinary HI-Small transactions shipped with the patterns
-- (upstream/transactions_sample.csv) as background, self-transfers left out; tx_id S-<row>.
-- params: $path VARCHAR
INSERT INTO transfer_records (tx_id, ts, from_account, to_account, amount, currency, amount_received,
  currency_received, value_out, value_in, channel, load_seq)
WITH src AS (SELECT *, row_number() OVER () AS rn FROM read_csv($path, header = true, all_varchar = true))
SELECT 'S-' || rn, strptime(timestamp, '%Y/%m/%d %H:%M'), 'acct:' || from_account_id, 'acct:' || to_account_id,
       CAST(amount_paid AS DECIMAL(18,2)), 'USD', CAST(amount_received AS DECIMAL(18,2)), 'USD',
       CAST(amount_paid AS DECIMAL(18,2)), CAST(amount_received AS DECIMAL(18,2)), payment_format,
       100000 + rn
FROM src WHERE from_account_id <> to_account_id;
