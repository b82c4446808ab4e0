-- IBM AMLworld accounts → stage_accounts: the raw HI-*_accounts.csv (Bank Name,Bank ID,Account
-- Number,Entity ID,Entity Name) or the re-headered export (account_key,account_id,bank_id,
-- bank_name,entity_id,entity_name). Id bank:<bank id as written>/<account>, the entity's name
-- as holder, the bank's name as institution. Read by position.
-- Parameters: $path, $reheadered.
INSERT INTO stage_accounts
WITH f AS (
  SELECT row_number() OVER () AS n, *
  FROM read_csv($path, skip = 1, header = false, all_varchar = true, delim = ',', quote = '"', auto_detect = false,
    null_padding = true,
    columns = {'c1': 'VARCHAR', 'c2': 'VARCHAR', 'c3': 'VARCHAR', 'c4': 'VARCHAR', 'c5': 'VARCHAR', 'c6': 'VARCHAR'})
), r AS (
  SELECT n,
    CASE WHEN $reheadered THEN c4 ELSE c1 END AS bank_name,
    CASE WHEN $reheadered THEN c3 ELSE c2 END AS bank_id,
    CASE WHEN $reheadered THEN c2 ELSE c3 END AS account,
    CASE WHEN $reheadered THEN c5 ELSE c4 END AS entity_id,
    CASE WHEN $reheadered THEN c6 ELSE c5 END AS entity_name
  FROM f
)
SELECT n,
  to_json({"Bank Name": bank_name, "Bank ID": bank_id, "Account Number": account, "Entity ID": entity_id, "Entity Name": entity_name})::VARCHAR,
  'bank:' || trim(bank_id) || '/' || trim(account), 'bank', 'bank_account', nullif(trim(entity_name), ''), nullif(trim(bank_name), ''), NULL, NULL
FROM r
ORDER BY n
