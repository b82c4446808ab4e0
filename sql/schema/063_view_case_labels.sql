-- The label each account or transfer carries now: that of its most recently changed labelled
-- note that is not retracted (a later note overrides an earlier one).
CREATE OR REPLACE VIEW case_labels AS
SELECT target_kind, target, arg_max(label, (changed_at, note_id)) AS label, arg_max(text, (changed_at, note_id)) AS text,
       arg_max(changed_by, (changed_at, note_id)) AS author, max(changed_at) AS changed_at,
       arg_max(note_id, (changed_at, note_id)) AS note_id
FROM case_notes
WHERE label IS NOT NULL AND NOT retracted
GROUP BY target_kind, target;
