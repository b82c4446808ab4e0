-- Accounts of the people redaction protects: the senders of every trace run's seed transfers
-- and of the transfers chosen for relatives' statements, with the holder's name.
-- Seeds are read from trace_runs.seeds (a JSON list of tx ids, or of objects with a tx_id).
-- params: none
-- columns: account_id, holder_name
WITH seed_ids AS (
  SELECT unnest(CASE WHEN json_valid(seeds) AND json_type(seeds) = 'ARRAY'
                     THEN list_concat(json_extract_string(seeds, '$[*]'), json_extract_string(seeds, '$[*].tx_id'))
                     ELSE [] END) AS tx_id
  FROM trace_runs
  UNION
  SELECT tx_id FROM statement_matches WHERE chosen
)
SELECT DISTINCT t.from_account AS account_id, a.holder_name
FROM transfer_records t
JOIN seed_ids s ON s.tx_id = t.tx_id
LEFT JOIN account_records a ON a.account_id = t.from_account
ORDER BY account_id;
