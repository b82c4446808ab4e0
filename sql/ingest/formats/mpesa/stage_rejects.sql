-- M-Pesa data rows whose status is not Completed (Failed, Reversed, Cancelled, ...): they moved
-- no money, so they are quarantined with the status as the reason, never loaded and never lost.
-- Parameters: $status_column (the header text of the status column).
INSERT INTO stage_rejects
SELECT n, raw, $status_column, status, 'not_completed',
  'transaction status ' || coalesce(nullif(trim(status), ''), '(empty)') || ': the row moved no money'
FROM mpesa_lines
WHERE line_kind = 'data' AND NOT completed
ORDER BY n
