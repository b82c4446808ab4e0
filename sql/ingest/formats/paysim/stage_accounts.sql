-- PaySim accounts, derived from the log: customers (C…) are mobile_money wallets, merchants
-- (M…) are merchant accounts (kind other). first_row: the first row naming the account.
-- Parameters: none (reads stage_transfers after paysim/stage_transfers).
INSERT INTO stage_derived_accounts
SELECT account,
  CASE WHEN account LIKE 'merchant:%' THEN 'other' ELSE 'mobile_money' END,
  CASE WHEN account LIKE 'merchant:%' THEN 'merchant' ELSE 'other' END,
  NULL, 'PaySim', NULL, min(source_row)
FROM (SELECT source_row, from_account AS account FROM stage_transfers
      UNION ALL SELECT source_row, to_account FROM stage_transfers)
GROUP BY account
ORDER BY min(source_row), account
