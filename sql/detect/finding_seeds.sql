-- The seed transfers of a finding, from the most recent detection run that has it (finding
-- ids are stable across runs on the same data). No row: no such finding.
-- params: $finding_id VARCHAR
-- columns: seeds VARCHAR (JSON list of tx ids), detect_id VARCHAR
SELECT f.seeds, f.detect_id
FROM detect_findings f JOIN detect_runs r USING (detect_id)
WHERE f.finding_id = $finding_id
ORDER BY r.finished_at DESC, f.detect_id
LIMIT 1;
