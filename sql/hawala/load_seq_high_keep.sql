-- Before inferred transfers are removed: remember the highest load_seq ever given (meta key
-- load_seq_high), so that no later transfer gets the load_seq of a removed one. Stored trace
-- results name transfers by load_seq (trace_transfer_rows): a reused number would silently
-- point an old run at a different transfer.
-- params: none
INSERT OR REPLACE INTO meta (key, value)
SELECT 'load_seq_high', greatest(coalesce(max(load_seq), 0),
                                 coalesce((SELECT value::BIGINT FROM meta WHERE key = 'load_seq_high'), 0))::VARCHAR
FROM transfer_records;
