-- Version 1 to 2, last step: the version 1 tables, whose rows are now in trace_*_rows.
DROP TABLE trace_transfers_v1;
DROP TABLE trace_accounts_v1;
DROP TABLE trace_ledger_v1;
