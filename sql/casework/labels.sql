-- The label each account or transfer carries now (view case_labels).
-- params: none
-- columns: target_kind, target, label, text, author, at, note_id
SELECT target_kind, target, label, text, author, strftime(changed_at, '%Y-%m-%dT%H:%M:%SZ') AS at, note_id
FROM case_labels
ORDER BY target_kind, target;
