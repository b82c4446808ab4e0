-- The id the next source gets, and the load sequence its transfers continue from: after every
-- load_seq ever given, even to an inferred transfer since removed (meta load_seq_high).
SELECT (SELECT coalesce(max(source_id), 0) + 1 FROM sources) AS source_id,
       greatest((SELECT coalesce(max(load_seq), 0) FROM transfer_records),
                (SELECT coalesce(max(value::BIGINT), 0) FROM meta WHERE key = 'load_seq_high')) AS seq_base;
