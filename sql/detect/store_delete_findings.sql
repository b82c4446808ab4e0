-- Removes a detection run's earlier findings rows before it is stored again (same scope, same config).
-- params: $detect_id VARCHAR
DELETE FROM detect_findings WHERE detect_id = $detect_id;
