-- Which of the given account ids are in the case (for checking a --suspects list).
-- params: $ids VARCHAR (JSON list of account ids)
-- columns: account_id
SELECT account_id FROM account_records
WHERE account_id IN (SELECT unnest(from_json($ids, '["VARCHAR"]')))
ORDER BY account_id;
