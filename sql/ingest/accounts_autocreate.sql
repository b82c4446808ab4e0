-- Accounts that this file's transfers name but the case does not have yet: created with kind
-- 'other' and no source, the identifier type read from its prefix (wallet:, iban:, ...).
-- account_key continues densely, in order of first appearance (load_seq), so keys are the same
-- on every run.
-- params: $source_id INTEGER
INSERT INTO account_records (account_id, account_key, kind, id_type)
SELECT account_id,
       (SELECT coalesce(max(account_key), 0) FROM account_records) + row_number() OVER (ORDER BY first_seq, side, account_id),
       'other',
       CASE split_part(account_id, ':', 1)
         WHEN 'wallet' THEN 'wallet' WHEN 'masked' THEN 'masked' WHEN 'iban' THEN 'iban'
         WHEN 'bank' THEN 'bank_account' WHEN 'mto' THEN 'mto_ref' WHEN 'hawala' THEN 'hawala_client'
         ELSE 'other' END
FROM (
  SELECT account_id, min(seq) AS first_seq, min(side) AS side
  FROM (SELECT from_account AS account_id, load_seq AS seq, 0 AS side FROM transfer_records WHERE source_id = $source_id
        UNION ALL
        SELECT to_account, load_seq, 1 FROM transfer_records WHERE source_id = $source_id) u
  GROUP BY account_id
) n
WHERE NOT EXISTS (SELECT 1 FROM account_records a WHERE a.account_id = n.account_id);
