-- Read order of a mapped statement's transfers: chronological. Bank exports often list newest
-- first and give dates without times, so many rows share a timestamp; reading them in file
-- order would process a day's rows backwards and break the balance column. Rows are ordered by
-- time, then by file order, reversed when the file runs newest first (its first dated row is
-- later than its last). Each row gets the k-th smallest row number (see mpesa/stage_order).
-- Parameters: none.
INSERT INTO stage_order
WITH t AS (SELECT n, local_ts FROM mapped_lines WHERE completed),
dir AS (SELECT coalesce(arg_min(local_ts, n) > arg_max(local_ts, n), false) AS newest_first FROM t WHERE local_ts IS NOT NULL)
SELECT c.n, r.n
FROM (SELECT n, row_number() OVER (ORDER BY local_ts NULLS LAST, CASE WHEN dir.newest_first THEN -n ELSE n END) AS k FROM t, dir) c
JOIN (SELECT n, row_number() OVER (ORDER BY n) AS k FROM t) r USING (k)
ORDER BY c.n
