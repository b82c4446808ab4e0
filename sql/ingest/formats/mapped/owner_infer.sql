-- The account a records file is about when it does not say: the one account on one side of
-- every staged transfer (telebirr answers a production order for one MSISDN with both parties
-- by number). NULL when no account, or more than one, qualifies.
-- Parameters: none. Columns: owner.
SELECT CASE WHEN count(*) = 1 THEN min(a) END AS owner
FROM (
  SELECT a FROM (SELECT source_row, from_account AS a FROM stage_transfers
                 UNION ALL SELECT source_row, to_account FROM stage_transfers) u
  WHERE a IS NOT NULL
  GROUP BY a
  HAVING count(DISTINCT source_row) = (SELECT count(*) FROM stage_transfers)
)
