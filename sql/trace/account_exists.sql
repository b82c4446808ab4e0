-- Whether an account id is in the case.
-- params: $account VARCHAR
-- columns: n
SELECT count(*)::INTEGER AS n FROM account_records WHERE account_id = $account;
