-- Every distinct placeholder 'phone:<as written>' a reader staged as an account, in
-- transfers or accounts. Columns: raw.
SELECT DISTINCT raw FROM (
  SELECT from_account AS raw FROM stage_transfers
  UNION ALL SELECT to_account FROM stage_transfers
  UNION ALL SELECT account_id FROM stage_derived_accounts
) WHERE raw LIKE 'phone:%'
ORDER BY raw
