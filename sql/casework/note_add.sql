-- Add a note (its first version); returns its id.
-- params: $target_kind VARCHAR, $target VARCHAR, $label VARCHAR (NULL = none), $text VARCHAR,
--         $author VARCHAR, $at VARCHAR (ISO 8601 UTC)
-- columns: note_id INTEGER
INSERT INTO case_note_versions (note_id, version, action, target_kind, target, label, text, reason, author, noted_at)
SELECT coalesce(max(note_id), 0) + 1, 1, 'add', $target_kind, $target, $label, $text, NULL, $author,
       CAST(CAST($at AS TIMESTAMPTZ) AS TIMESTAMP)
FROM case_note_versions
RETURNING note_id;
