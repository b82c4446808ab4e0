-- Evaluation: AMLworld's laundering attempts: family (FAN-IN, CYCLE, ...) and transactions.
-- params: $path VARCHAR
-- columns: pattern_id, family, txs VARCHAR[]
SELECT pattern_id, any_value(pattern_family) AS family, list(pattern_id || '-' || seq_in_pattern ORDER BY CAST(seq_in_pattern AS INTEGER)) AS txs
FROM read_csv($path, header = true, all_varchar = true)
GROUP BY pattern_id ORDER BY pattern_id;
