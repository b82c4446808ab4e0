-- Staged rows of a statement whose transfer is already in the case (loaded from the other
-- party's statement): same tx_id, same amount, same instant, and the statement's owner on one
-- side. Columns: source_row, tx_id, side ('from' | 'to': the owner's side in this statement),
-- existing (the loaded record's account on that side), balance (the owner's stated balance),
-- existing_balance.
-- Parameters: $owner.
SELECT s.source_row, s.tx_id,
  CASE WHEN s.to_account = $owner THEN 'to' ELSE 'from' END AS side,
  CASE WHEN s.to_account = $owner THEN e.to_account ELSE e.from_account END AS existing,
  CASE WHEN s.to_account = $owner THEN s.balance_after_to ELSE s.balance_after_from END AS balance,
  (CASE WHEN s.to_account = $owner THEN e.balance_after_to ELSE e.balance_after_from END)::VARCHAR AS existing_balance
FROM stage_transfers s
JOIN transfer_records e ON e.tx_id = s.tx_id
WHERE (s.from_account = $owner OR s.to_account = $owner)
  AND try_cast(s.amount AS DECIMAL(18,2)) = e.amount
  AND try_cast(s."timestamp" AS TIMESTAMPTZ)::TIMESTAMP = e.ts
ORDER BY s.source_row
