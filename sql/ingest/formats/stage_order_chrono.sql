-- Read order of a statement's staged transfers: chronological. Statements often list newest
-- first, and rows share a timestamp (an M-Pesa transfer and its charge; a bank's rows of one
-- day); read in file order, those would be processed backwards and the balance column would not
-- hold. Rows are ordered by instant, then by file row, reversed when the file runs newest first
-- (its first dated row is later than its last). Each row gets the k-th smallest row number, a
-- permutation of the same numbers, so load_seq stays unique and inside this file's range.
-- Parameters: none.
INSERT INTO stage_order
WITH t AS (SELECT source_row AS n, try_cast("timestamp" AS TIMESTAMPTZ) AS ts FROM stage_transfers),
dir AS (SELECT coalesce(arg_min(ts, n) > arg_max(ts, n), false) AS newest_first FROM t WHERE ts IS NOT NULL)
SELECT c.n, r.n
FROM (SELECT n, row_number() OVER (ORDER BY ts NULLS LAST, CASE WHEN dir.newest_first THEN -n ELSE n END) AS k FROM t, dir) c
JOIN (SELECT n, row_number() OVER (ORDER BY n) AS k FROM t) r USING (k)
ORDER BY c.n
