-- Number the staged accounts rows by their data row in the file (1-based; the header is row 0).
-- The table keeps insertion order (rowid, offset by a constant inside a transaction), which
-- is file order; rows DuckDB rejected while
-- reading (already in stage_rejects with their row) are skipped over: the k-th good row is
-- row k + (number of rejected rows before it). A rejected row r_j (j-th in order) has
-- r_j - j good rows before it, so it precedes good row k exactly when r_j - j < k.
UPDATE stage_accounts SET source_row = rowid - (SELECT min(rowid) FROM stage_accounts) + 1 + (
  SELECT count(*) FROM (SELECT source_row - row_number() OVER (ORDER BY source_row) AS good_before FROM stage_rejects) g
  WHERE g.good_before < stage_accounts.rowid - (SELECT min(rowid) FROM stage_accounts) + 1)
WHERE source_row IS NULL;
