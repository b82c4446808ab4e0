-- Every input file of the case, in load order, with its fingerprint and row counts.
-- params: none
-- columns: file_name, path, sha256, size_bytes, format, record_kind, rows_read, rows_loaded,
--          rows_quarantined, loaded_at
SELECT file_name, path, sha256, CAST(size_bytes AS DOUBLE) AS size_bytes, format, record_kind,
       CAST(rows_read AS DOUBLE) AS rows_read, CAST(rows_loaded AS DOUBLE) AS rows_loaded,
       CAST(rows_quarantined AS DOUBLE) AS rows_quarantined,
       strftime(loaded_at, '%Y-%m-%dT%H:%M:%SZ') AS loaded_at
FROM sources ORDER BY source_id;
