-- The digest of one table's rows: the row count and the sums of the two halves of the MD5 of
-- each row's text. A sum does not depend on row order, and adding, removing or editing any
-- row changes it.
-- params: $name VARCHAR (a base table of the case)
-- columns: rows BIGINT, upper VARCHAR, lower VARCHAR
SELECT count(*) AS rows,
       CAST(coalesce(sum(md5_number_upper(CAST(t AS VARCHAR))), 0) AS VARCHAR) AS upper,
       CAST(coalesce(sum(md5_number_lower(CAST(t AS VARCHAR))), 0) AS VARCHAR) AS lower
FROM query_table($name) t;
