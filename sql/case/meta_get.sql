-- The value of one case setting, or no row.
-- params: $key VARCHAR
SELECT value FROM meta WHERE key = $key;
