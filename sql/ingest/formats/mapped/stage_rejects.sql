-- Mapped rows whose status column says the money did not move (failed, reversed, cancelled,
-- pending): quarantined with the status as the reason.
-- Parameters: $status_column.
INSERT INTO stage_rejects
SELECT n, j::VARCHAR, $status_column, status_v, 'not_completed',
  'status ' || coalesce(nullif(trim(status_v), ''), '(empty)') || ': the row moved no money'
FROM mapped_lines WHERE NOT completed
ORDER BY n
