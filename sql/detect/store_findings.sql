-- Stores a detection run's findings in one statement (a JSON list, in rank order).
-- params: $detect_id VARCHAR, $rows VARCHAR (JSON list of {rank, finding_id, pattern, accounts, score,
--         explanation, evidence, seeds, facts}; accounts, evidence, seeds and facts are JSON text)
INSERT INTO detect_findings
SELECT $detect_id, r.rank, r.finding_id, r.pattern, r.accounts, r.score, r.explanation, r.evidence, r.seeds, r.facts
FROM (SELECT unnest(from_json($rows, '[{"rank":"INTEGER","finding_id":"VARCHAR","pattern":"VARCHAR","accounts":"VARCHAR","score":"DOUBLE","explanation":"VARCHAR","evidence":"VARCHAR","seeds":"VARCHAR","facts":"VARCHAR"}]')) AS r);
