-- Removes a detection run's earlier runs rows before it is stored again (same scope, same config).
-- params: $detect_id VARCHAR
DELETE FROM detect_runs WHERE detect_id = $detect_id;
