-- Accounts an M-Pesa business export names: the organisation (owner, with its name from the
-- preamble) and each other party with the name after its number (first spelling in file order).
-- Parameters: $owner, $owner_name.
INSERT INTO stage_derived_accounts
SELECT $owner, 'other', 'merchant', nullif($owner_name, ''), 'Safaricom M-Pesa', 'KE', 0
UNION ALL
SELECT counterparty,
  CASE WHEN counterparty LIKE 'phone:%' THEN 'mobile_money' WHEN counterparty LIKE 'service:%' THEN 'service' ELSE 'other' END,
  CASE WHEN counterparty LIKE 'phone:%' THEN 'wallet' WHEN counterparty LIKE 'merchant:%' THEN 'merchant' ELSE 'service' END,
  first(nullif(party_name, '') ORDER BY n), 'Safaricom M-Pesa', 'KE', first(n ORDER BY n)
FROM mpesa_business_rows
WHERE line_kind = 'data' AND completed AND counterparty <> $owner
GROUP BY counterparty
