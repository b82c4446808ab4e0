-- Where a merged row (cross_matches, status 'merged', same id) names a party the loaded record
-- only knew by a stand-in, the loaded record takes the named party (merge_plan, applied by
-- merge_apply and recorded in transfer_amendments by merge_record). Stand-ins: a hawala
-- ledger's 'cash:hawala-counter' (the ledger has no account for the client), a pay bill
-- 'merchant:<n>' that another record shows was a bank account ('bank:' / 'iban:'), and an
-- operator's payee 'mto:<operator>/<n>' (the account the operator credited). Masked numbers are
-- left to mergeCopies and masked accounts to their links (masked_account_links). Run after
-- merge_plan_create.
-- Parameters: none.
INSERT INTO merge_plan
SELECT e.tx_id, x.column_name, x.old_value, x.new_value, m.source_row,
  'the same transfer in another record names the ' || CASE x.column_name WHEN 'from_account' THEN 'sender' ELSE 'receiver' END
    || ' ' || x.new_value || ' where this record had ' || x.old_value || ' (' || m.reasons || ')'
FROM cross_matches m
JOIN stage_transfers s USING (source_row)
JOIN transfer_records e ON e.tx_id = m.tx_id
CROSS JOIN LATERAL (
  SELECT 'from_account' AS column_name, e.from_account AS old_value, s.from_account AS new_value
  UNION ALL
  SELECT 'to_account', e.to_account, s.to_account
) x
WHERE m.status = 'merged' AND m.match_kind = 'same_id' AND x.new_value IS NOT NULL AND x.old_value <> x.new_value
  AND ((x.old_value = 'cash:hawala-counter' AND x.new_value NOT LIKE 'cash:%' AND x.new_value NOT LIKE 'masked:%')
    OR (x.old_value LIKE 'merchant:%' AND (x.new_value LIKE 'bank:%' OR x.new_value LIKE 'iban:%'))
    OR (x.column_name = 'to_account' AND x.old_value LIKE 'mto:%' AND x.new_value NOT LIKE 'mto:%' AND x.new_value NOT LIKE 'masked:%'
        AND x.new_value NOT LIKE 'cash:%'))
ORDER BY m.source_row, x.column_name
