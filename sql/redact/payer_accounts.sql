-- Accounts of the people redaction protects: the senders of trace runs' seed transfers and of
-- the transfers chosen for relatives' statements, with the holder's name.
-- trace_runs.seeds is the tracer's JSON object ({"seed-tx": ..., "tx_ids": [...]}; a JSON list
-- of ids is read too). Runs seeded by an account ("seed-account": every outflow of X) are
-- left out: X is as often a suspect's account as a relative's.
-- params: none
-- columns: account_id, holder_name
WITH seed_ids AS (
  SELECT unnest(CASE
           WHEN NOT json_valid(seeds) THEN []
           WHEN json_type(seeds) = 'ARRAY' THEN json_extract_string(seeds, '$[*]')
           WHEN json_type(seeds) = 'OBJECT' AND json_extract(seeds, '$."seed-account"') IS NULL
             THEN coalesce(json_extract_string(seeds, '$.tx_ids[*]'), [])
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
