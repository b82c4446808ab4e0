-- Evaluation: AMLSim legacy account labels (nodes.csv isFraud).
-- params: $path VARCHAR
-- columns: account_id, fraud BOOLEAN
SELECT 'node:' || nodeid AS account_id, lower(isFraud) IN ('true', '1') AS fraud
FROM read_csv($path, header = true, all_varchar = true) ORDER BY account_id;
