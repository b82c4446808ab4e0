-- Stores a detection run's accounts in one statement (a JSON list, in rank order).
-- params: $detect_id VARCHAR, $rows VARCHAR (JSON list of {rank, account_id, score, roles, findings,
--         lookalike, explanation}; roles and findings are JSON text)
INSERT INTO detect_accounts
SELECT $detect_id, r.rank, r.account_id, r.score, r.roles, r.findings, r.lookalike, r.explanation
FROM (SELECT unnest(from_json($rows, '[{"rank":"INTEGER","account_id":"VARCHAR","score":"DOUBLE","roles":"VARCHAR","findings":"VARCHAR","lookalike":"VARCHAR","explanation":"VARCHAR"}]')) AS r);
