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
  SELECT account_id, min(seq * 2 + side) AS first_at
  -- this file's loaded transfers (checked_transfers, not a scan of every transfer in the case)
  FROM (SELECT from_account AS account_id, source_row AS seq, 0 AS side FROM checked_transfers WHERE fail_code IS NULL
        UNION ALL
        SELECT to_account, source_row, 1 FROM checked_transfers WHERE fail_code IS NULL) u
  GROUP BY account_id
) n
WHERE NOT EXISTS (SELECT 1 FROM account_records a WHERE a.account_id = n.account_id);
