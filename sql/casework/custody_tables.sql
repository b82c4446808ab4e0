-- The case's base tables whose rows the custody log digests (every one but the log itself).
-- params: none
-- columns: table_name VARCHAR
SELECT table_name FROM information_schema.tables
WHERE table_schema = 'main' AND table_type = 'BASE TABLE' AND table_name <> 'custody_log'
ORDER BY table_name;
