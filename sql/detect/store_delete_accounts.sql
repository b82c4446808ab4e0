-- Removes a detection run's earlier accounts rows before it is stored again (same scope, same config).
-- params: $detect_id VARCHAR
DELETE FROM detect_accounts WHERE detect_id = $detect_id;
