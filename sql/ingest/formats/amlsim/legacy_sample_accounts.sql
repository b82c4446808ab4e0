-- AMLSim's older sample output accounts.csv (ACCOUNT_ID,PRIMARY_CUSTOMER_ID,init_balance,start,
-- end,country,business,suspicious,isFraud,modelID) → stage_accounts (customer id as holder,
-- init_balance as opening balance, kind bank).
-- Parameters: $path.
INSERT INTO stage_accounts
SELECT n, to_json(r)::VARCHAR, 'amlsim:' || trim(r.ACCOUNT_ID), 'bank', 'bank_account',
  nullif(trim(r.PRIMARY_CUSTOMER_ID), ''), 'AMLSim', nullif(trim(r.country), ''), nullif(trim(r.init_balance), '')
FROM (
  SELECT row_number() OVER () AS n, t AS r
  FROM read_csv($path, header = true, all_varchar = true, delim = ',', quote = '"') t
)
ORDER BY n
