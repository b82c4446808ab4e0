-- Rows of an M-Pesa business export whose status is not Completed: they moved no money, so
-- they are quarantined with the status as the reason.
-- Parameters: none.
INSERT INTO stage_rejects
SELECT n, raw, 'Transaction Status', status, 'not_completed',
  'transaction status ' || coalesce(nullif(status, ''), '(empty)') || ': the row moved no money'
FROM mpesa_business_rows
WHERE line_kind = 'data' AND NOT completed
ORDER BY n
