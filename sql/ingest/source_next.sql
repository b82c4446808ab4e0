-- The id the next source gets, and the load sequence its transfers continue from.
SELECT (SELECT coalesce(max(source_id), 0) + 1 FROM sources) AS source_id,
       (SELECT coalesce(max(load_seq), 0) FROM transfer_records) AS seq_base;
