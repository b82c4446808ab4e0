-- Whether the database has the case settings table (a new file has none yet).
-- params: none
-- columns: has_meta BOOLEAN
SELECT count(*) > 0 AS has_meta FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'meta';
