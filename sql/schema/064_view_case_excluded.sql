-- The accounts labelled exclude, which seeds and detection leave out, with the note that says why.
CREATE OR REPLACE VIEW case_notes_excluded_accounts AS
SELECT target, text, note_id FROM case_labels WHERE target_kind = 'account' AND label = 'exclude';
