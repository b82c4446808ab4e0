-- How many rows each scratch table holds (a store_* query is skipped for an empty one: its join
-- to account ids would still scan every account).
-- columns: transfers, accounts, ledger, notes
SELECT (SELECT count(*) FROM trace_out_transfers) AS transfers, (SELECT count(*) FROM trace_out_accounts) AS accounts,
       (SELECT count(*) FROM trace_out_ledger) AS ledger, (SELECT count(*) FROM trace_out_notes) AS notes;
