-- Quarantine the rows the format reader itself rejected (wrong field count, failed payments, ...).
-- params: $source_id INTEGER
INSERT INTO quarantine (source_id, source_row, column_name, value, reason_code, reason, raw)
SELECT $source_id, source_row, column_name, value, reason_code, reason, raw
FROM stage_rejects;
