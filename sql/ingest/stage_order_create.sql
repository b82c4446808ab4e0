-- Optional load order for the staged transfers of the file being loaded: statements that list
-- newest first (M-Pesa) give, per transfer row, the position it takes in the read order, so
-- that equal timestamps are processed in the statement's chronological order (a transfer
-- before its charge row), as docs/spec/tracing-semantics.md's known balances need. seq is a permutation
-- of the staged transfers' source_rows; rows without an entry keep source_row. TEMP, per file.
CREATE OR REPLACE TEMP TABLE stage_order (source_row BIGINT, seq BIGINT)
