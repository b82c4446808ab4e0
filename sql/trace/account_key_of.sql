-- The engine's key for one account id (no row if unknown).
-- params: $account VARCHAR
-- columns: account_key
SELECT account_key FROM account_records WHERE account_id = $account;
