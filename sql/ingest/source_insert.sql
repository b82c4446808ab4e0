-- Record a loaded file with its fingerprint, format, options and row counts.
-- params: $source_id INTEGER, $path VARCHAR, $file_name VARCHAR, $sha256 VARCHAR, $size_bytes BIGINT,
--         $format VARCHAR, $record_kind VARCHAR, $options VARCHAR, $loaded_at TIMESTAMP,
--         $rows_read BIGINT, $rows_loaded BIGINT, $rows_quarantined BIGINT
INSERT INTO sources (source_id, path, file_name, sha256, size_bytes, format, record_kind, options, loaded_at,
  rows_read, rows_loaded, rows_quarantined)
VALUES ($source_id, $path, $file_name, $sha256, $size_bytes, $format, $record_kind, $options,
  CAST($loaded_at AS TIMESTAMP), $rows_read, $rows_loaded, $rows_quarantined);
