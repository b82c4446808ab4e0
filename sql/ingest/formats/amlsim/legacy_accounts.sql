-- AMLSim legacy nodes.csv (nodeid,isFraud,init_balance,fraudStep) → stage_accounts. init_balance
-- is the account's opening balance (known); the fraud label goes to holder_name-free fields,
-- so it is kept in raw only. Kind other (AMLSim models bank accounts of unnamed type).
-- Parameters: $path.
INSERT INTO stage_accounts
SELECT n,
  to_json({nodeid: nodeid, isFraud: isFraud, init_balance: init_balance, fraudStep: fraudStep})::VARCHAR,
  'amlsim:' || trim(nodeid), 'bank', 'other', NULL, 'AMLSim', NULL, init_balance
FROM (
  SELECT row_number() OVER () AS n, *
  FROM read_csv($path, header = true, all_varchar = true, delim = ',', quote = '"', auto_detect = false,
    columns = {'nodeid': 'VARCHAR', 'isFraud': 'VARCHAR', 'init_balance': 'VARCHAR', 'fraudStep': 'VARCHAR'})
)
ORDER BY n
