-- A records file's Balance column is its owner's balance after each row: keep it on the owner's
-- side only (balance_after_from when the owner paid, balance_after_to when it received), and
-- drop it where the owner is unknown (it cannot be attributed).
-- Parameters: $owner (NULL: unknown).
UPDATE stage_transfers SET
  balance_after_from = CASE WHEN from_account = $owner THEN balance_after_from END,
  balance_after_to = CASE WHEN to_account = $owner THEN balance_after_to END
