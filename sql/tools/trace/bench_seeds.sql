-- Benchmark seeds: $seeds transfers spread over the first fifth of the time range.
-- params: $seeds BIGINT, $n BIGINT
-- columns: tx_id
SELECT 'b' || ((hash(k, 'seed') % (CAST($n AS BIGINT) // 5)))::VARCHAR AS tx_id FROM range(CAST($seeds AS BIGINT)) t(k) ORDER BY k;
