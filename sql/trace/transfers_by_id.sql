-- Transfers by id with their source file and row (a bounded list, e.g. the transfers of shown paths).
-- params: $ids VARCHAR[]
-- (inferred: a hawala bridge, in no record)
-- columns: tx_id, timestamp, from_account, to_account, value_out, value_in, source_file, source_row, inferred
SELECT tx_id, strftime(timestamp, '%Y-%m-%dT%H:%M:%SZ') AS timestamp, from_account, to_account,
       value_out::DOUBLE AS value_out, value_in::DOUBLE AS value_in, source_file, source_row, inferred
FROM transfers WHERE tx_id IN (SELECT unnest($ids::VARCHAR[]));
