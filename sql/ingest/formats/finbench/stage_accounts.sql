-- LDBC FinBench Account.csv (accountId|createTime|isBlocked|accoutType|nickname|phonenum|email|
-- freqLoginType|lastLoginTime|accountLevel) → stage_accounts: finbench:<id> (text: ids exceed
-- 2^53), nickname as holder name, account type kept in institution-free raw. Kind other.
-- Parameters: $path.
INSERT INTO stage_accounts
SELECT n, to_json(r)::VARCHAR, 'finbench:' || trim(r.accountId), 'other', 'other',
  nullif(trim(r.nickname), ''), 'FinBench', NULL, NULL
FROM (
  SELECT row_number() OVER () AS n, t AS r
  FROM read_csv($path, header = true, auto_detect = false, delim = '|', quote = '"', escape = '"', null_padding = true,
    columns = {'accountId': 'VARCHAR', 'createTime': 'VARCHAR', 'isBlocked': 'VARCHAR', 'accoutType': 'VARCHAR',
               'nickname': 'VARCHAR', 'phonenum': 'VARCHAR', 'email': 'VARCHAR', 'freqLoginType': 'VARCHAR',
               'lastLoginTime': 'VARCHAR', 'accountLevel': 'VARCHAR'}) t
)
ORDER BY n
