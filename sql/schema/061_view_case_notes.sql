-- Each note as it stands now (its latest version), with when and by whom it was first
-- written; retracted notes stay, marked retracted.
CREATE OR REPLACE VIEW case_notes AS
SELECT v.note_id, v.target_kind, v.target, v.label, v.text, v.action = 'retract' AS retracted, v.reason,
       f.author AS created_by, f.noted_at AS created_at, v.author AS changed_by, v.noted_at AS changed_at, v.version AS versions
FROM case_note_versions v
JOIN case_note_versions f ON f.note_id = v.note_id AND f.version = 1
WHERE v.version = (SELECT max(version) FROM case_note_versions m WHERE m.note_id = v.note_id);
