-- Detection leaves out accounts the investigator labelled exclude (docs/casework.md): their
-- transfers are taken out of detect_tx (sql/detect/scope_transfers.sql), so that a school's
-- fee account neither scores nor makes the accounts around it look like collectors.
-- params: none
DELETE FROM detect_tx
WHERE from_account IN (SELECT target FROM case_notes_excluded_accounts)
   OR to_account IN (SELECT target FROM case_notes_excluded_accounts);
