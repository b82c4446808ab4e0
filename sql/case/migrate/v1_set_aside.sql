-- Version 1 to 2, first step: the three tables of version 1 step aside (their names become
-- views when the schema is applied); the v1_* steps move their rows, v1_drop removes them.
ALTER TABLE trace_transfers RENAME TO trace_transfers_v1;
ALTER TABLE trace_accounts RENAME TO trace_accounts_v1;
ALTER TABLE trace_ledger RENAME TO trace_ledger_v1;
