-- Whether the case has a table or view (cases written by older versions lack the casework tables
-- until they are opened for writing).
-- params: $name VARCHAR
-- columns: n BIGINT
SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'main' AND table_name = $name;
