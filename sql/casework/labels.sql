-- The label each account or transfer carries now: that of its most recently changed labelled
-- note that is not retracted (a later note overrides an earlier one).
-- params: none
-- columns: target_kind, target, label, text, author, at, note_id
SELECT target_kind, target, arg_max(label, (changed_at, note_id)) AS label, arg_max(text, (changed_at, note_id)) AS text,
       arg_max(changed_by, (changed_at, note_id)) AS author,
       strftime(max(changed_at), '%Y-%m-%dT%H:%M:%SZ') AS at, arg_max(note_id, (changed_at, note_id)) AS note_id
FROM case_notes
WHERE label IS NOT NULL AND NOT retracted
GROUP BY target_kind, target
ORDER BY target_kind, target;
