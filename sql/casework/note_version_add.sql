-- Add a version to a note: an edit (new text, and label when given) or a retraction (the
-- text and label are carried over, so they stay readable in the history).
-- params: $note_id INTEGER, $action VARCHAR (edit | retract), $text VARCHAR (NULL = keep),
--         $label VARCHAR (NULL = keep), $reason VARCHAR, $author VARCHAR, $at VARCHAR (ISO 8601 UTC)
-- columns: version INTEGER
INSERT INTO case_note_versions (note_id, version, action, target_kind, target, label, text, reason, author, noted_at)
SELECT note_id, version + 1, $action, target_kind, target, coalesce($label, label), coalesce($text, text), $reason, $author,
       CAST(CAST($at AS TIMESTAMPTZ) AS TIMESTAMP)
FROM case_note_versions
WHERE note_id = $note_id AND version = (SELECT max(version) FROM case_note_versions WHERE note_id = $note_id)
RETURNING version;
