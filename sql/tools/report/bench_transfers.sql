-- Benchmark only: $n synthetic transfer records shaped like a ransom network (payers →
-- collectors → brokers → leaders, agents, loops back to collectors), deterministic.
-- params: $n INTEGER
INSERT INTO transfer_records (tx_id, ts, from_account, to_account, amount, currency, amount_received,
  currency_received, value_out, value_in, channel, reference, inferred, source_id, source_row, load_seq)
WITH p AS (SELECT greatest(3, $n // 20) AS f, greatest(4, $n // 200) AS c, greatest(3, $n // 1000) AS b),
r AS (SELECT i, CAST(100 + (i * 7919) % 4900 AS DECIMAL(18,2)) AS v, p.* FROM range($n) t(i), p),
e AS (
  SELECT i, v,
    CASE WHEN i < f THEN 'wallet:+3161' || lpad(CAST(i AS VARCHAR), 7, '0')
         WHEN i % 4 IN (0, 1) THEN 'wallet:+2547' || lpad(CAST(i % c AS VARCHAR), 8, '0')
         ELSE 'wallet:+2519' || lpad(CAST(i % b AS VARCHAR), 8, '0') END AS src,
    CASE WHEN i < f THEN 'wallet:+2547' || lpad(CAST(i % c AS VARCHAR), 8, '0')
         WHEN i % 4 = 0 THEN 'wallet:+2519' || lpad(CAST(i % b AS VARCHAR), 8, '0')
         WHEN i % 4 = 1 THEN 'agent:' || CAST(i % 5 AS VARCHAR)
         WHEN i % 4 = 2 THEN 'bank:ENBD/' || CAST(1000 + i % 3 AS VARCHAR)
         ELSE 'wallet:+2547' || lpad(CAST((i + 1) % c AS VARCHAR), 8, '0') END AS dst
  FROM r
)
SELECT 'TX' || CAST(i AS VARCHAR), TIMESTAMP '2024-03-01 00:00:00' + to_minutes(CAST(i AS BIGINT)), src, dst,
       v, 'USD', v, 'USD', v, v, 'mobile_money', 'ref ' || CAST(i AS VARCHAR), false, NULL, i + 1, i
FROM e ORDER BY i;
