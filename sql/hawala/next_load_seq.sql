-- The first free load sequence: inferred transfers go after every recorded one, so at equal
-- timestamps the recorded in leg is processed before the bridge that spends it.
-- params: none
-- columns: next BIGINT
SELECT coalesce(max(load_seq), 0) + 1 AS next FROM transfer_records;
