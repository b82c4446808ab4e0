-- Account ids for the engine's account_key keys (a bounded set).
-- params: $keys INTEGER[]
-- columns: account_key, account_id
SELECT account_key, account_id FROM account_records WHERE account_key IN (SELECT unnest($keys::INTEGER[]));
