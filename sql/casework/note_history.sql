-- Every version of one note, oldest first.
-- params: $note_id INTEGER
-- columns: note_id, version, action, target_kind, target, label, text, reason, author, at
SELECT note_id, version, action, target_kind, target, label, text, reason, author,
       strftime(noted_at, '%Y-%m-%dT%H:%M:%SZ') AS at
FROM case_note_versions WHERE note_id = $note_id ORDER BY version;
