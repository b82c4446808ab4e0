-- AMLSim accounts.csv in the current output format → stage_accounts: acct_id, display name as
-- holder, bank_id as institution, country, initial_deposit as opening balance (kind bank).
-- Columns are read by name from the header (the file has ~24 columns, most empty).
-- Parameters: $path.
INSERT INTO stage_accounts
SELECT n, to_json(f)::VARCHAR,
  'amlsim:' || trim(f.acct_id), 'bank', 'bank_account', nullif(trim(f.dsply_nm), ''), nullif(trim(f.bank_id), ''),
  nullif(trim(f.country), ''), nullif(trim(f.initial_deposit), '')
FROM (
  SELECT row_number() OVER () AS n, r AS f
  FROM read_csv($path, header = true, all_varchar = true, delim = ',', quote = '"') r
)
ORDER BY n
