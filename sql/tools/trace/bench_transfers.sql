-- Benchmark data: $n transfers in time order (one every 3 seconds), pseudo-random but
-- reproducible (hash of the row number): senders skewed towards a minority of busy accounts
-- (realistic-ish out-degree), amounts 1.00 to 1,000.00, every 10th transfer with a 1 % fee.
-- params: $n BIGINT, $accounts BIGINT
INSERT INTO transfer_records (tx_id, ts, from_account, to_account, amount, currency, amount_received,
  currency_received, value_out, value_in, inferred, load_seq)
SELECT 'b' || i::VARCHAR, TIMESTAMP '2024-01-01' + to_seconds(i * 3),
       'bench:' || (CASE WHEN hash(i, 'busy') % 4 = 0 THEN hash(i, 'from') % (CAST($accounts AS BIGINT) // 20) ELSE hash(i, 'from') % CAST($accounts AS BIGINT) END)::VARCHAR,
       'bench:' || (hash(i, 'to') % CAST($accounts AS BIGINT))::VARCHAR,
       amt, 'USD', amt_in, 'USD', amt, amt_in, false, i
FROM (
  SELECT i, ((hash(i, 'amt') % 99901) + 100)::DECIMAL(18,2) / 100 AS amt
  FROM range(CAST($n AS BIGINT)) t(i)
) s, LATERAL (SELECT CASE WHEN i % 10 = 0 THEN round(amt * 0.99, 2) ELSE amt END AS amt_in) f;
