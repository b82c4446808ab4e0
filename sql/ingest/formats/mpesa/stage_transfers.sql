-- Completed M-Pesa data rows → stage_transfers. The statement's owner is one side, the
-- counterparty from Details the other. Receipt numbers are not unique (a transfer and its
-- charge share one): tx_id is the receipt, ':charge' for the charge rows (fee transfers to
-- the provider's fee account, never dropped), ':2', ':3' for further rows of a receipt; an
-- international transfer takes the operator's reference found in Details (the receipt goes to
-- reference), so that the operator's export and the statement name one transfer.
-- The Balance column is the owner's balance after the row: balance_after_from when the owner
-- paid, balance_after_to when the owner received (docs/spec/tracing-semantics.md, known balances).
-- Parameters: $owner, $currency, $channel, $tz_name, $tz_offset.
INSERT INTO stage_transfers
SELECT n, raw,
  CASE WHEN imt_ref IS NOT NULL AND NOT is_charge THEN imt_ref ELSE trim(receipt) || CASE
    WHEN is_charge THEN ':charge' || CASE WHEN k > 1 THEN k::VARCHAR ELSE '' END
    WHEN k > 1 THEN ':' || k::VARCHAR ELSE '' END END,
  coalesce(ft_local_iso(local_ts, $tz_name, $tz_offset), completion_time),
  CASE WHEN is_out THEN $owner ELSE counterparty END,
  CASE WHEN is_out THEN counterparty ELSE $owner END,
  CASE WHEN amt = 0 THEN coalesce(nullif(trim(withdrawn), ''), paid_in) ELSE amt::VARCHAR END,
  $currency, NULL, NULL, $channel, CASE WHEN imt_ref IS NOT NULL THEN 'receipt ' || trim(receipt) || ' | ' || d ELSE d END,
  CASE WHEN is_out THEN balance_txt END,
  CASE WHEN is_out THEN NULL ELSE balance_txt END
FROM (
  SELECT *, row_number() OVER (PARTITION BY trim(receipt), is_charge ORDER BY chrono) AS k
  FROM mpesa_lines WHERE line_kind = 'data' AND completed AND fault IS NULL
)
ORDER BY n
