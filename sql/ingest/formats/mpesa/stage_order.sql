-- Read order of the staged M-Pesa transfers: statements list newest first, so rows with the
-- same completion time (a transfer and its charge) must be read in chronological order, the
-- transfer before its charge, for the Balance column to hold at every row. Each transfer row
-- gets the k-th smallest of the transfer rows' numbers, k being its chronological rank (a
-- permutation of the same numbers, so load_seq stays unique and inside this file's range).
-- Parameters: none.
INSERT INTO stage_order
SELECT c.n, r.n
FROM (SELECT n, row_number() OVER (ORDER BY chrono) AS k FROM mpesa_lines WHERE line_kind = 'data' AND completed) c
JOIN (SELECT n, row_number() OVER (ORDER BY n) AS k FROM mpesa_lines WHERE line_kind = 'data' AND completed) r USING (k)
ORDER BY c.n
