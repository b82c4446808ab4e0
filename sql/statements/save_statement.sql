-- Store (or replace) one statement as given.
-- params: one per column of statement_records
INSERT OR REPLACE INTO statement_records
  (statement_id, victim, payer_name, payer_phone, paid_on, amount, currency, paid_to, paid_to_country, channel, notes, file, file_row)
VALUES ($statement_id, $victim, $payer_name, $payer_phone, $paid_on, $amount, $currency, $paid_to, $paid_to_country, $channel, $notes, $file, $file_row);
