-- How many account keys the engine's per-account arrays need (keys are dense from 0).
-- columns: n INTEGER
SELECT (coalesce(max(account_key), -1) + 1)::INTEGER AS n FROM account_records;
