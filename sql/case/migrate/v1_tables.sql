-- Schema version 1 stored trace results under id strings in base tables named trace_transfers,
-- trace_accounts and trace_ledger (created together; now views over trace_*_rows). A row
-- here means this case still has them.
-- params: none
-- columns: name VARCHAR
SELECT table_name AS name FROM information_schema.tables
WHERE table_schema = 'main' AND table_type = 'BASE TABLE' AND table_name = 'trace_transfers';
