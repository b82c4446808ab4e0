-- Loaded files for `flowtrace sources`, in load order, with fingerprint and row counts.
SELECT source_id, path, sha256, size_bytes, format, record_kind, options, strftime(loaded_at, '%Y-%m-%dT%H:%M:%SZ') AS loaded_at,
       rows_read, rows_loaded, rows_quarantined
FROM sources
ORDER BY source_id;
