-- A source already loaded with this SHA-256, if any.
-- params: $sha256 VARCHAR
SELECT source_id, path, format, rows_read, rows_loaded, rows_quarantined FROM sources WHERE sha256 = $sha256;
