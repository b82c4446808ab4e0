-- Evaluation loader: accounts that appear only in transfers get a row of kind 'other'
-- (as ingest does), so that every transfer's both sides are accounts.
INSERT INTO account_records (account_id, account_key, kind)
SELECT id, (SELECT coalesce(max(account_key), 0) FROM account_records) + row_number() OVER (ORDER BY id), 'other'
FROM (SELECT from_account AS id FROM transfer_records UNION SELECT to_account FROM transfer_records)
WHERE id NOT IN (SELECT account_id FROM account_records);
