-- Apply merge_plan to the loaded transfers: resolved accounts and added balances.
-- Parameters: none.
UPDATE transfer_records SET
  from_account = coalesce((SELECT p.new_value FROM merge_plan p WHERE p.tx_id = transfer_records.tx_id AND p.column_name = 'from_account'), from_account),
  to_account = coalesce((SELECT p.new_value FROM merge_plan p WHERE p.tx_id = transfer_records.tx_id AND p.column_name = 'to_account'), to_account),
  balance_after_from = coalesce(balance_after_from, (SELECT p.new_value FROM merge_plan p WHERE p.tx_id = transfer_records.tx_id AND p.column_name = 'balance_after_from')::DECIMAL(18,2)),
  balance_after_to = coalesce(balance_after_to, (SELECT p.new_value FROM merge_plan p WHERE p.tx_id = transfer_records.tx_id AND p.column_name = 'balance_after_to')::DECIMAL(18,2))
WHERE tx_id IN (SELECT tx_id FROM merge_plan)
