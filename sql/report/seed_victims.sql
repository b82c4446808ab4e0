-- The victim each seed transfer was paid for, where a relative's statement was matched to it
-- (statement_matches.chosen), so the report can group payments by victim's family.
-- params: $run_id VARCHAR
-- columns: tx_id, victim
SELECT m.tx_id, min(s.victim) AS victim
FROM trace_transfers x
JOIN statement_matches m ON m.tx_id = x.tx_id AND m.chosen
JOIN statement_records s USING (statement_id)
WHERE x.run_id = $run_id AND x.hop = 0 AND s.victim IS NOT NULL AND s.victim <> ''
GROUP BY m.tx_id ORDER BY m.tx_id;
