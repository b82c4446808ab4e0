-- Drop the staged transfers phone_bad_reject quarantined (each row staged once, in one table).
-- params: none
DELETE FROM stage_transfers
WHERE from_account IN (SELECT raw FROM phone_map WHERE account_id IS NULL AND trim(substr(raw, 7)) <> '')
   OR to_account IN (SELECT raw FROM phone_map WHERE account_id IS NULL AND trim(substr(raw, 7)) <> '');
