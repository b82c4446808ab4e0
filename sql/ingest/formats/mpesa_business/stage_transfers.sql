-- Completed rows of an M-Pesa business export → stage_transfers. The organisation's short code
-- (the owner) is one side, the other party the other. tx_id is the receipt, ':charge' for charge
-- rows, ':2'... for further rows of a receipt. reference keeps Reason Type, A/C No. and Details
-- (when it says more than the Reason Type);
-- Initiation Time stays in raw. Balance is the owner's balance after the row.
-- Parameters: $owner, $currency, $tz_name, $tz_offset.
INSERT INTO stage_transfers
SELECT n, raw,
  receipt || CASE WHEN is_charge THEN ':charge' || CASE WHEN k_in_receipt > 1 THEN k_in_receipt::VARCHAR ELSE '' END
                  WHEN k_in_receipt > 1 THEN ':' || k_in_receipt::VARCHAR ELSE '' END,
  coalesce(ft_local_iso(local_ts, $tz_name, $tz_offset), completion_time),
  CASE WHEN is_out THEN $owner ELSE counterparty END,
  CASE WHEN is_out THEN counterparty ELSE $owner END,
  CASE WHEN amt = 0 THEN coalesce(nullif(trim(withdrawn), ''), paid_in) ELSE amt::VARCHAR END,
  $currency, NULL, NULL, 'mpesa-business',
  nullif(concat_ws(' | ', nullif(reason_type, ''), CASE WHEN account_no <> '' THEN 'A/C ' || account_no END, CASE WHEN details NOT IN ('', reason_type) THEN details END), ''),
  CASE WHEN is_out THEN balance_txt END,
  CASE WHEN is_out THEN NULL ELSE balance_txt END
FROM mpesa_business_rows
WHERE line_kind = 'data' AND completed
ORDER BY n
