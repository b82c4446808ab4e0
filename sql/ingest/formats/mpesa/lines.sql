-- mpesa_rows → mpesa_lines: what each record is (data, a repeated page header, a
-- verification-code or other page furniture, a continuation of the Details above, blank), and
-- for data rows the parsed parts:
-- local time, direction and amount (Withdrawn is negative in real exports, amounts over 999 are
-- quoted with thousands separators), the counterparty found in the free-text Details
-- (a phone, possibly masked, after the dash; an agent till, pay bill or till number; the
-- provider itself for charges, overdraft and airtime), and the chronological position:
-- statements list newest first, so rows with the same time are ordered by reverse line order.
-- Parameters: $provider (e.g. 'mpesa': names the fee, overdraft and fallback service accounts).
-- Columns: see the SELECT.
CREATE OR REPLACE TEMP TABLE mpesa_lines AS
WITH c AS (
  SELECT *,
    CASE
      WHEN coalesce(trim(receipt), '') = '' AND coalesce(trim(completion_time), '') = '' AND coalesce(trim(details), '') = '' THEN 'blank'
      WHEN regexp_matches(lower(trim(receipt)), '^receipt\s*no') THEN 'header'
      WHEN regexp_matches(lower(concat_ws(' ', receipt, completion_time, details)), 'verification code|disclaimer|page [0-9]+ of') THEN 'furniture'
      -- PDF-to-CSV converters often split Details over rows: the rest of the text on a row of
      -- its own, with no receipt, time, status or amounts. It belongs to the row above.
      WHEN coalesce(trim(receipt), '') = '' AND coalesce(trim(completion_time), '') = '' AND coalesce(trim(status), '') = ''
           AND coalesce(trim(paid_in), '') = '' AND coalesce(trim(withdrawn), '') = '' THEN 'continuation'
      ELSE 'data'
    END AS line_kind
  FROM mpesa_rows
), g AS (
  SELECT *, count(*) FILTER (WHERE line_kind = 'data') OVER (ORDER BY n ROWS UNBOUNDED PRECEDING) AS grp FROM c
), k AS (
  SELECT g.*,
    -- ISO or day-first, 24-hour or with AM/PM (PDF statements print both).
    try_strptime(trim(completion_time), ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M', '%d-%m-%Y %H:%M:%S', '%d.%m.%Y %H:%M:%S',
      '%Y-%m-%d %I:%M:%S %p', '%Y-%m-%d %I:%M %p', '%d/%m/%Y %I:%M:%S %p', '%d/%m/%Y %I:%M %p']) AS local_ts,
    regexp_replace(trim(concat_ws(' ', details, cont.text)), '\s+', ' ', 'g') AS d,
    coalesce(try_cast(ft_amount_text(withdrawn, '.', ',') AS DECIMAL(18,2)), 0) AS out_amt,
    coalesce(try_cast(ft_amount_text(paid_in, '.', ',') AS DECIMAL(18,2)), 0) AS in_amt
  FROM g
  LEFT JOIN (SELECT grp, string_agg(details, ' ' ORDER BY n) AS text FROM g WHERE line_kind = 'continuation' GROUP BY grp) cont
    ON cont.grp = g.grp AND g.line_kind = 'data'
), p AS (
  SELECT *,
    lower(d) AS dl,
    trim(regexp_extract(d, '^[^-]*-\s*(.*)$', 1)) AS party,
    regexp_extract(d, '(?i)(?:till|to|from|bill|number|no\.?)\s+([0-9]{4,8})\b', 1) AS till,
    out_amt <> 0 OR (in_amt = 0 AND nullif(trim(coalesce(withdrawn, '')), '') IS NOT NULL) AS is_out,
    lower(trim(coalesce(status, ''))) IN ('completed', 'complete', 'success', 'successful') AS completed
  FROM k
), q AS (
  SELECT *,
    regexp_extract(party, '^(\+?[0-9][0-9*xX\s]{5,}[0-9*])(\s|$)', 1) AS phone_tok,
    regexp_matches(dl, 'charge|\bfee\b') AS is_charge,
    -- An international transfer paid into the wallet names the operator's own reference; the
    -- operator's export records the same money under it, so it becomes the tx_id (one transfer).
    CASE WHEN regexp_matches(dl, 'international money transfer|\bimt\b')
         THEN nullif(regexp_extract(party, '\b([A-Z]{2,}[0-9]{6,}[A-Z0-9]*)\b', 1), '') END AS imt_ref
  FROM p
)
SELECT *,
  trim(substr(party, length(phone_tok) + 1)) AS party_name,
  CASE
    WHEN is_charge THEN 'service:' || $provider || '-fees'
    WHEN regexp_matches(dl, 'overdraft|od loan|fuliza') THEN 'service:' || $provider || '-overdraft'
    WHEN regexp_matches(dl, 'airtime|bundle purchase') THEN 'service:' || $provider || '-airtime'
    WHEN regexp_matches(dl, 'international money transfer|\bimt\b') THEN 'service:' || $provider || '-international'
    WHEN regexp_matches(dl, 'agent') AND till <> '' THEN 'agent:' || till
    WHEN phone_tok <> '' THEN 'phone:' || phone_tok
    WHEN till <> '' THEN 'merchant:' || till
    ELSE 'service:' || $provider
  END AS counterparty,
  abs(CASE WHEN is_out THEN out_amt ELSE in_amt END) AS amt,
  -- a row that cannot be one movement of money is quarantined (stage_faults), not guessed at:
  -- money both in and out, money "paid in" with a minus sign, an amount that is not written
  -- as digits (1e3, 1_000)
  CASE
    WHEN line_kind <> 'data' THEN NULL
    WHEN in_amt <> 0 AND out_amt <> 0 THEN 'contradictory_amounts'
    WHEN in_amt <> 0 AND ft_amount_negative(paid_in) THEN 'negative_paid_in'
    WHEN nullif(trim(coalesce(paid_in, '')), '') IS NOT NULL AND NOT regexp_full_match(ft_amount_text(paid_in, '.', ','), '[0-9]+(\.[0-9]+)?') THEN 'bad_amount_in'
    WHEN nullif(trim(coalesce(withdrawn, '')), '') IS NOT NULL AND NOT regexp_full_match(ft_amount_text(withdrawn, '.', ','), '[0-9]+(\.[0-9]+)?') THEN 'bad_amount_out'
  END AS fault,
  CASE WHEN balance IS NULL OR trim(balance) = '' THEN NULL
       WHEN ft_amount_negative(balance) THEN '-' || ft_amount_text(balance, '.', ',')
       ELSE ft_amount_text(balance, '.', ',') END AS balance_txt,
  row_number() OVER (ORDER BY line_kind <> 'data', local_ts NULLS LAST,
                      CASE WHEN dir.newest_first THEN -n ELSE n END) AS chrono
FROM q, (
  SELECT coalesce(arg_min(local_ts, n) > arg_max(local_ts, n), false) AS newest_first
  FROM q WHERE line_kind = 'data' AND local_ts IS NOT NULL
) dir
