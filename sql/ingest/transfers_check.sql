-- Check and convert the staged transfer rows, all at once. One row out per staged row: the
-- typed values, and fail_code/fail_column for the first check it fails (NULL when it passes).
-- Checks, in order: tx id present; timestamp a real ISO 8601 instant (2024-02-30 fails; an
-- offset is converted to UTC, none means UTC); both accounts present; amount present, a plain
-- decimal with at most 2 places, > 0; currency in ISO 4217; the same for the received side
-- (absent: the sent amount and currency); balances (optional) decimal; an FX rate for every
-- currency other than the reporting one: the most recent rate on or before the transfer's UTC
-- date (fx_day_rates_create picks the rates). value_out/value_in = amount × rate, rounded to
-- cents. Duplicate ids are marked afterwards (transfers_dedupe), ahead of a missing FX rate.
-- Values a court would reject are refused here (docs/security.md, "Values at the door"): a
-- timestamp must start with a 4-digit year and a '-' (no 'infinity', 'epoch', '-2024-01-01',
-- '24-01-01'), lie in 1900-2099, and carry no offset beyond +/-14:00; an amount is digits with an
-- optional '.' and decimals (no exponent '1e3', no '_'), below 10^12 (MAX_AMOUNT, 12 digits
-- before the point), and so is its value in the reporting currency: DECIMAL(18,2) then keeps
-- four more digits of headroom for the sums and products of detect and trace.
-- Only what the insert needs is kept; quarantined rows get their text back from
-- stage_transfers (transfers_quarantine), so this table stays narrow.
-- params: $reporting VARCHAR
CREATE OR REPLACE TEMP TABLE checked_transfers AS
WITH typed AS (
  SELECT s.*,
         -- UTC ('Z') and date-only text take the plain cast (fast); anything else may carry an
         -- offset or zone name, which only the TIMESTAMPTZ cast honours (the plain one drops it)
         CASE WHEN s."timestamp" LIKE '%Z' OR length(s."timestamp") <= 10 THEN TRY_CAST(s."timestamp" AS TIMESTAMP)
              ELSE TRY_CAST(s."timestamp" AS TIMESTAMPTZ)::TIMESTAMP END AS ts,
         -- the offset written, as the wall time minus the instant (0 when none is written)
         CASE WHEN s."timestamp" LIKE '%Z' OR length(s."timestamp") <= 10 THEN 0
              ELSE epoch(TRY_CAST(s."timestamp" AS TIMESTAMP)) - epoch(TRY_CAST(s."timestamp" AS TIMESTAMPTZ)) END AS offset_s,
         -- an amount is exact when its cents value equals the number as written (10.005 is not
         -- 10.01); compared as DOUBLE because a wide DECIMAL cast is ~100x slower
         TRY_CAST(s.amount AS DECIMAL(18,2)) AS amount_c,
         TRY_CAST(s.amount AS DOUBLE) AS amount_x,
         TRY_CAST(s.amount_received AS DECIMAL(18,2)) AS received_c,
         TRY_CAST(s.amount_received AS DOUBLE) AS received_x,
         upper(trim(s.currency)) AS cur,
         upper(trim(coalesce(s.currency_received, s.currency))) AS cur_in,
         TRY_CAST(s.balance_after_from AS DECIMAL(18,2)) AS bal_from,
         TRY_CAST(s.balance_after_to AS DECIMAL(18,2)) AS bal_to
  FROM stage_transfers s
),
checked AS (
  SELECT t.*,
    -- blank means NULL, empty, or spaces only (trim only for text that starts with a space:
    -- trimming every value of every row costs more than all the other checks together)
    CASE
      WHEN t.tx_id IS NULL OR t.tx_id = '' OR (starts_with(t.tx_id, ' ') AND trim(t.tx_id) = '') THEN 'missing_tx_id:tx_id'
      WHEN t."timestamp" IS NULL OR t."timestamp" = '' OR (starts_with(t."timestamp", ' ') AND trim(t."timestamp") = '') THEN 'missing_timestamp:timestamp'
      WHEN t.ts IS NULL OR NOT regexp_matches(t."timestamp", '^ *[0-9]{4}-') THEN 'bad_timestamp:timestamp'
      WHEN t.ts < TIMESTAMP '1900-01-01' OR t.ts >= TIMESTAMP '2100-01-01' OR abs(t.offset_s) > 14 * 3600 THEN 'bad_timestamp:timestamp'
      WHEN t.from_account IS NULL OR t.from_account = '' OR (starts_with(t.from_account, ' ') AND trim(t.from_account) = '') THEN 'missing_account:from_account'
      WHEN t.to_account IS NULL OR t.to_account = '' OR (starts_with(t.to_account, ' ') AND trim(t.to_account) = '') THEN 'missing_account:to_account'
      WHEN t.amount IS NULL OR t.amount = '' OR (starts_with(t.amount, ' ') AND trim(t.amount) = '') THEN 'missing_amount:amount'
      WHEN t.amount_x IS NULL OR t.amount_c IS NULL OR t.amount_x <> CAST(t.amount_c AS DOUBLE)
           OR NOT regexp_full_match(t.amount, ' *-?[0-9]*\.?[0-9]+ *') THEN 'bad_amount:amount'
      WHEN t.amount_c <= 0 THEN 'non_positive_amount:amount'
      WHEN t.amount_c >= 1000000000000 THEN 'amount_too_large:amount'
      WHEN t.currency IS NULL OR t.currency = '' OR (starts_with(t.currency, ' ') AND trim(t.currency) = '') THEN 'missing_currency:currency'
      WHEN t.cur NOT IN (SELECT code FROM iso4217) THEN 'unknown_currency:currency'
      WHEN t.amount_received IS NULL AND t.cur_in <> t.cur THEN 'missing_amount:amount_received'
      WHEN t.amount_received IS NOT NULL AND (t.received_x IS NULL OR t.received_c IS NULL OR t.received_x <> CAST(t.received_c AS DOUBLE)
           OR NOT regexp_full_match(t.amount_received, ' *-?[0-9]*\.?[0-9]+ *')) THEN 'bad_amount:amount_received'
      WHEN t.amount_received IS NOT NULL AND t.received_c <= 0 THEN 'non_positive_amount:amount_received'
      WHEN t.amount_received IS NOT NULL AND t.received_c >= 1000000000000 THEN 'amount_too_large:amount_received'
      WHEN t.cur_in NOT IN (SELECT code FROM iso4217) THEN 'unknown_currency:currency_received'
      WHEN t.balance_after_from IS NOT NULL AND (t.bal_from IS NULL OR abs(t.bal_from) >= 1000000000000
           OR NOT regexp_full_match(t.balance_after_from, ' *-?[0-9]*\.?[0-9]+ *')) THEN 'bad_balance:balance_after_from'
      WHEN t.balance_after_to IS NOT NULL AND (t.bal_to IS NULL OR abs(t.bal_to) >= 1000000000000
           OR NOT regexp_full_match(t.balance_after_to, ' *-?[0-9]*\.?[0-9]+ *')) THEN 'bad_balance:balance_after_to'
    END AS pre_fail
  FROM typed t
),
valued AS (
  SELECT c.*,
         CASE WHEN CAST(c.ts AS DATE) >= lo.last_day THEN lo.rate ELSE ro.rate END AS rate_out,
         CASE WHEN CAST(c.ts AS DATE) >= lo.last_day THEN lo.rate_source ELSE ro.rate_source END AS source_out,
         CASE WHEN CAST(c.ts AS DATE) >= li.last_day THEN li.rate ELSE ri.rate END AS rate_in,
         CASE WHEN CAST(c.ts AS DATE) >= li.last_day THEN li.rate_source ELSE ri.rate_source END AS source_in
  FROM checked c
  -- fx_day_rates / fx_last_rates: small temp tables made just before (fx_day_rates_create)
  LEFT JOIN fx_day_rates ro ON ro.currency = c.cur AND ro.day = CAST(c.ts AS DATE)
  LEFT JOIN fx_last_rates lo ON lo.currency = c.cur
  LEFT JOIN fx_day_rates ri ON ri.currency = c.cur_in AND ri.day = CAST(c.ts AS DATE)
  LEFT JOIN fx_last_rates li ON li.currency = c.cur_in
),
failed AS (
  SELECT v.*,
    coalesce(v.pre_fail,
             CASE WHEN v.cur <> $reporting AND v.rate_out IS NULL THEN 'no_fx_rate:currency'
                  WHEN v.cur_in <> $reporting AND v.rate_in IS NULL THEN 'no_fx_rate:currency_received'
                  WHEN v.cur <> $reporting AND v.amount_c * v.rate_out >= 1000000000000 THEN 'amount_too_large:currency'
                  WHEN v.cur_in <> $reporting AND coalesce(v.received_c, v.amount_c) * v.rate_in >= 1000000000000 THEN 'amount_too_large:currency_received' END) AS fail
  FROM valued v
)
SELECT
  source_row, tx_id, ts, from_account, to_account, amount_c, cur, coalesce(received_c, amount_c) AS received_c,
  cur_in, channel, reference, bal_from, bal_to, rate_out, rate_in,
  -- (values only for rows that pass: a failed row's product may not fit DECIMAL(18,2))
  CASE WHEN fail IS NOT NULL THEN NULL WHEN cur = $reporting THEN amount_c ELSE CAST(amount_c * rate_out AS DECIMAL(18,2)) END AS value_out,
  CASE WHEN fail IS NOT NULL THEN NULL WHEN cur_in = $reporting THEN coalesce(received_c, amount_c)
       ELSE CAST(coalesce(received_c, amount_c) * rate_in AS DECIMAL(18,2)) END AS value_in,
  CASE WHEN source_out IS NULL THEN source_in
       WHEN source_in IS NULL OR source_in = source_out THEN source_out
       ELSE source_out || '; ' || source_in END AS fx_source,
  split_part(fail, ':', 1) AS fail_code,
  split_part(fail, ':', 2) AS fail_column
FROM failed;
