-- Record the amendments of merge_plan, naming the file and row that justify each.
-- Parameters: $source_id.
INSERT INTO transfer_amendments
SELECT tx_id, column_name, old_value, new_value, $source_id, source_row, reason FROM merge_plan ORDER BY source_row, column_name
