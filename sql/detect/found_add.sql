-- Adds one detector's flagged accounts to detect_found (found_drop_pattern clears a pattern
-- first when a detector such as consolidation runs again).
-- params: $rows VARCHAR (JSON list of {pattern, account_id, score})
INSERT INTO detect_found
SELECT r.pattern, r.account_id, r.score
FROM (SELECT unnest(from_json($rows, '[{"pattern":"VARCHAR","account_id":"VARCHAR","score":"DOUBLE"}]')) AS r);
