-- Accounts an M-Pesa statement names: its owner (with the customer name of the preamble) and
-- each counterparty with the name written after its number in Details (first spelling in
-- chronological order; names are kept exactly as given). Kinds: wallets and masked numbers are
-- mobile_money, agent tills and the provider's own accounts are service (terminal), pay bills
-- and tills are other. first_row is the first row naming the account (0: the preamble).
-- Parameters: $owner, $owner_name, $institution, $country.
INSERT INTO stage_derived_accounts
SELECT $owner, 'mobile_money', NULL, nullif($owner_name, ''), $institution, $country, 0
UNION ALL
SELECT counterparty,
  CASE WHEN counterparty LIKE 'phone:%' THEN 'mobile_money'
       WHEN counterparty LIKE 'agent:%' OR counterparty LIKE 'service:%' THEN 'service'
       ELSE 'other' END,
  CASE WHEN counterparty LIKE 'phone:%' THEN 'wallet'
       WHEN counterparty LIKE 'merchant:%' THEN 'merchant'
       ELSE 'service' END,
  first(nullif(party_name, '') ORDER BY chrono), $institution, $country, first(n ORDER BY chrono)
FROM mpesa_lines
WHERE line_kind = 'data' AND completed AND counterparty <> $owner
GROUP BY counterparty
