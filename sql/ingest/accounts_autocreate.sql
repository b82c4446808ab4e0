-- Accounts that this file's transfers name but the case does not have yet: created with kind
-- 'other' and no source, the identifier type read from its prefix (wallet:, iban:, ...).
-- account_key continues densely, in order of first appearance (row, sender before receiver),
-- so keys are the same on every run.
INSERT INTO account_records (account_id, account_key, kind, id_type)
SELECT account_id,
       (SELECT coalesce(max(account_key), 0) FROM account_records) + row_number() OVER (ORDER BY first_at),
       'other',
       CASE split_part(account_id, ':', 1)
         WHEN 'wallet' THEN 'wallet' WHEN 'masked' THEN 'masked' WHEN 'iban' THEN 'iban'
         WHEN 'bank' THEN 'bank_account' WHEN 'mto' THEN 'mto_ref' WHEN 'hawala' THEN 'hawala_client'
         ELSE 'other' END
FROM (
  SELECT account_id, min(first_at) AS first_at
  -- this file's loaded transfers (checked_transfers, not a scan of every transfer in the case);
  -- senders and receivers aggregated apart first: two small results instead of one big union
  FROM (SELECT from_account AS account_id, min(source_row) * 2 AS first_at FROM checked_transfers WHERE fail_code IS NULL GROUP BY from_account
        UNION ALL
        SELECT to_account, min(source_row) * 2 + 1 FROM checked_transfers WHERE fail_code IS NULL GROUP BY to_account) u
  GROUP BY account_id
) n
WHERE account_id NOT IN (SELECT account_id FROM account_records);
