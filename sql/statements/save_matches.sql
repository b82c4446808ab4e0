-- Store candidate matches, all at once (a JSON list of {statement_id, tx_id, rank,
-- confidence, chosen, tranche_group, reasons (JSON text)}).
-- params: $rows VARCHAR (JSON)
INSERT INTO statement_matches (statement_id, tx_id, rank, confidence, chosen, tranche_group, reasons)
SELECT j->>'statement_id', j->>'tx_id', CAST(j->>'rank' AS INTEGER), CAST(j->>'confidence' AS DOUBLE),
       CAST(j->>'chosen' AS BOOLEAN), j->>'tranche_group', j->>'reasons'
FROM (SELECT unnest(from_json($rows, '["JSON"]')) AS j);
