-- Store links, all at once (a JSON list of {a, b, kind, confidence, decision, evidence}).
-- params: $rows VARCHAR (JSON)
INSERT INTO entity_links (account_a, account_b, kind, confidence, decision, evidence)
SELECT j->>'a', j->>'b', j->>'kind', CAST(j->>'confidence' AS DOUBLE), j->>'decision', j->>'evidence'
FROM (SELECT unnest(from_json($rows, '["JSON"]')) AS j);
