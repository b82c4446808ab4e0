-- The accounts the engine must know more of than their key: terminal ones (kind service or
-- cash, docs/spec/tracing-semantics.md Terminal accounts) and those with an opening balance from the case
-- ('nan' = unknown). Every other account is a plain one with no known opening: reading only
-- these few rather than every account's row saves about 0.2 s at 1M accounts.
-- columns: account_key INTEGER, terminal INTEGER, opening DOUBLE
SELECT account_key, (kind IN ('service', 'cash'))::INTEGER AS terminal,
       coalesce(opening_balance::DOUBLE, 'nan'::DOUBLE) AS opening
FROM account_records
WHERE kind IN ('service', 'cash') OR opening_balance IS NOT NULL;
