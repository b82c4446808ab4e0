-- Accounts labelled exclude are out of detection's scope (no score, no role, no finding of theirs).
-- params: none
UPDATE detect_acct SET in_scope = false WHERE account_id IN (SELECT target FROM case_notes_excluded_accounts);
