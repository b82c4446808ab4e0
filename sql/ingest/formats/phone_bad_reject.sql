-- Staged transfers whose counterparty was written as a phone number that is no phone number
-- (a letter in it: '09l2729756'): quarantined as bad_phone with the number as written, not
-- loaded under a guessed account nor reported as a missing one (phone_bad_delete then drops
-- them from stage_transfers). phone_map.account_id is NULL for such numbers.
-- params: none
INSERT INTO stage_rejects (source_row, raw, column_name, value, reason_code, reason)
SELECT s.source_row,
  coalesce(s.raw, json_object('tx_id', s.tx_id, 'timestamp', s."timestamp", 'from_account', s.from_account,
    'to_account', s.to_account, 'amount', s.amount, 'currency', s.currency, 'reference', s.reference)::VARCHAR),
  CASE WHEN bf.raw IS NOT NULL THEN 'from_account' ELSE 'to_account' END,
  substr(coalesce(bf.raw, bt.raw), length('phone:') + 1),
  'bad_phone', 'not a phone number: ' || substr(coalesce(bf.raw, bt.raw), length('phone:') + 1)
FROM stage_transfers s
LEFT JOIN (SELECT raw FROM phone_map WHERE account_id IS NULL AND trim(substr(raw, 7)) <> '') bf ON bf.raw = s.from_account
LEFT JOIN (SELECT raw FROM phone_map WHERE account_id IS NULL AND trim(substr(raw, 7)) <> '') bt ON bt.raw = s.to_account
WHERE bf.raw IS NOT NULL OR bt.raw IS NOT NULL;
