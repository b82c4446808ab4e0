-- The notes of the case (or of one account or transfer), oldest first; retracted ones only
-- when asked.
-- params: $target VARCHAR (NULL = all), $label VARCHAR (NULL = any), $retracted BOOLEAN (include retracted)
-- columns: note_id, target_kind, target, label, text, retracted, reason, created_by, created_at,
--          changed_by, changed_at, versions
SELECT note_id, target_kind, target, label, text, retracted, reason, created_by,
       strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at, changed_by,
       strftime(changed_at, '%Y-%m-%dT%H:%M:%SZ') AS changed_at, versions
FROM case_notes
WHERE ($target IS NULL OR target = $target)
  AND ($label IS NULL OR label = $label)
  AND ($retracted OR NOT retracted)
ORDER BY note_id;
