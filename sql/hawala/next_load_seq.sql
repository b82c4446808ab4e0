-- The first free load sequence: inferred transfers go after every recorded one, so at equal
-- timestamps the recorded in leg is processed before the bridge that spends it. Never one
-- given before, even to a transfer since removed (meta load_seq_high, hawala/load_seq_high_keep).
-- params: none
-- columns: next BIGINT
SELECT greatest(coalesce(max(load_seq), 0), coalesce((SELECT value::BIGINT FROM meta WHERE key = 'load_seq_high'), 0)) + 1 AS next
FROM transfer_records;
