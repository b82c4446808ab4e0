-- One note as it stands now, or no row.
-- params: $note_id INTEGER
-- columns: note_id, target_kind, target, label, text, retracted, reason, created_by, created_at,
--          changed_by, changed_at, versions
SELECT note_id, target_kind, target, label, text, retracted, reason, created_by,
       strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at, changed_by,
       strftime(changed_at, '%Y-%m-%dT%H:%M:%SZ') AS changed_at, versions
FROM case_notes WHERE note_id = $note_id;
