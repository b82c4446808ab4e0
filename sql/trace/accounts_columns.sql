-- Every account as the engine's columns: dense key, terminal flag (kind service or cash,
-- tracing-semantics.md Terminal accounts), opening balance from the case ('nan' = unknown).
-- columns: account_key INTEGER, terminal INTEGER, opening DOUBLE
SELECT account_key, (kind IN ('service', 'cash'))::INTEGER AS terminal,
       coalesce(opening_balance::DOUBLE, 'nan'::DOUBLE) AS opening
FROM account_records;
