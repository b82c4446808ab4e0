-- An operator's payout to an account rather than a wallet names the account the operator
-- credited: 'Payout Method' Bank account + 'Payout Bank' → bank:<bank>/<Receiver ID>; Pay bill
-- (a Kenyan business number) → merchant:<Receiver ID>. Without these columns (older exports)
-- the payee stays the operator's code mto:<operator>/<Receiver ID>. Run on mapped_lines of
-- --format mto, before the rows are staged, so transfers and accounts name the same payee.
-- Parameters: none.
UPDATE mapped_lines SET
  to_account = CASE WHEN lower(trim(j->>'Payout Method')) LIKE 'bank%'
                    THEN 'bank:' || trim(j->>'Payout Bank') || '/' || trim(j->>'Receiver ID')
                    ELSE 'merchant:' || trim(j->>'Receiver ID') END,
  to_inst = CASE WHEN lower(trim(j->>'Payout Method')) LIKE 'bank%' THEN trim(j->>'Payout Bank') ELSE NULL END
WHERE nullif(trim(j->>'Receiver ID'), '') IS NOT NULL
  AND ((lower(trim(j->>'Payout Method')) LIKE 'bank%' AND nullif(trim(j->>'Payout Bank'), '') IS NOT NULL)
    OR lower(trim(j->>'Payout Method')) IN ('pay bill', 'paybill', 'm-pesa pay bill'))
