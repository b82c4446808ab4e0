-- Quarantine the staged account rows that failed a check (see accounts_check).
-- params: $source_id INTEGER
INSERT INTO quarantine (source_id, source_row, column_name, value, reason_code, reason, raw)
SELECT $source_id, source_row, fail_column,
  CASE fail_column WHEN 'kind' THEN kind WHEN 'opening_balance' THEN opening_balance ELSE account_id END,
  fail_code,
  CASE fail_code
    WHEN 'missing_account' THEN 'missing account id'
    WHEN 'missing_kind' THEN 'missing account kind'
    WHEN 'bad_kind' THEN 'unknown account kind (bank, mobile_money, mto, hawala, crypto, service, cash, other)'
    WHEN 'bad_balance' THEN 'opening balance is not a decimal amount with at most 2 decimal places (digits and a point), below 10^12'
    WHEN 'duplicate_account' THEN 'duplicate account id (the first one stays)'
  END,
  coalesce(raw, json_object('account_id', account_id, 'kind', kind, 'id_type', id_type, 'holder_name', holder_name,
    'institution', institution, 'country', country, 'opening_balance', opening_balance)::VARCHAR)
FROM checked_accounts
WHERE fail_code IS NOT NULL;
