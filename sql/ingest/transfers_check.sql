-- Check and convert the staged transfer rows, all at once. One row out per staged row: the
-- typed values, and fail_code/fail_column/fail_reason for the first check it fails (NULL when
-- it passes). Checks, in order: tx id present; timestamp a real ISO 8601 instant (2024-02-30
-- fails; an offset is converted to UTC, none means UTC); both accounts present; amount present,
-- a plain decimal with at most 2 places, > 0; currency in ISO 4217; the same for the received
-- side (absent: the sent amount and currency); balances (optional) decimal; tx id not seen in
-- an earlier row of this file nor already in the case (the first one stays); an FX rate for
-- every currency other than the reporting one: the most recent rate on or before the
-- transfer's UTC date ($rate_source: only rates from that source; NULL: any, and among rates of
-- the same date the one loaded last). value_out/value_in = amount × rate, rounded to cents.
-- params: $reporting VARCHAR, $rate_source VARCHAR
CREATE OR REPLACE TEMP TABLE checked_transfers AS
WITH typed AS (
  SELECT s.*,
         TRY_CAST(s."timestamp" AS TIMESTAMPTZ)::TIMESTAMP AS ts,
         TRY_CAST(s.amount AS DECIMAL(18,2)) AS amount_c,
         TRY_CAST(s.amount AS DECIMAL(38,18)) AS amount_x,
         TRY_CAST(s.amount_received AS DECIMAL(18,2)) AS received_c,
         TRY_CAST(s.amount_received AS DECIMAL(38,18)) AS received_x,
         upper(trim(s.currency)) AS cur,
         upper(trim(coalesce(s.currency_received, s.currency))) AS cur_in,
         TRY_CAST(s.balance_after_from AS DECIMAL(18,2)) AS bal_from,
         TRY_CAST(s.balance_after_to AS DECIMAL(18,2)) AS bal_to
  FROM stage_transfers s
),
checked AS (
  SELECT t.*,
    CASE
      WHEN t.tx_id IS NULL OR trim(t.tx_id) = '' THEN 'missing_tx_id'
      WHEN t."timestamp" IS NULL OR trim(t."timestamp") = '' THEN 'missing_timestamp'
      WHEN t.ts IS NULL THEN 'bad_timestamp'
      WHEN t.from_account IS NULL OR trim(t.from_account) = '' THEN 'missing_account'
      WHEN t.to_account IS NULL OR trim(t.to_account) = '' THEN 'missing_account'
      WHEN t.amount IS NULL OR trim(t.amount) = '' THEN 'missing_amount'
      WHEN t.amount_x IS NULL OR t.amount_c IS NULL OR t.amount_x <> t.amount_c THEN 'bad_amount'
      WHEN t.amount_c <= 0 THEN 'non_positive_amount'
      WHEN t.currency IS NULL OR trim(t.currency) = '' THEN 'missing_currency'
      WHEN t.cur NOT IN (SELECT code FROM iso4217) THEN 'unknown_currency'
      WHEN t.amount_received IS NULL AND t.cur_in <> t.cur THEN 'missing_amount'
      WHEN t.amount_received IS NOT NULL AND (t.received_x IS NULL OR t.received_c IS NULL OR t.received_x <> t.received_c) THEN 'bad_amount'
      WHEN t.amount_received IS NOT NULL AND t.received_c <= 0 THEN 'non_positive_amount'
      WHEN t.cur_in NOT IN (SELECT code FROM iso4217) THEN 'unknown_currency'
      WHEN t.balance_after_from IS NOT NULL AND t.bal_from IS NULL THEN 'bad_balance'
      WHEN t.balance_after_to IS NOT NULL AND t.bal_to IS NULL THEN 'bad_balance'
    END AS pre_fail,
    CASE
      WHEN t.tx_id IS NULL OR trim(t.tx_id) = '' THEN 'tx_id'
      WHEN t."timestamp" IS NULL OR trim(t."timestamp") = '' OR t.ts IS NULL THEN 'timestamp'
      WHEN t.from_account IS NULL OR trim(t.from_account) = '' THEN 'from_account'
      WHEN t.to_account IS NULL OR trim(t.to_account) = '' THEN 'to_account'
      WHEN t.amount IS NULL OR trim(t.amount) = '' OR t.amount_x IS NULL OR t.amount_c IS NULL OR t.amount_x <> t.amount_c OR t.amount_c <= 0 THEN 'amount'
      WHEN t.currency IS NULL OR trim(t.currency) = '' OR t.cur NOT IN (SELECT code FROM iso4217) THEN 'currency'
      WHEN t.amount_received IS NULL AND t.cur_in <> t.cur THEN 'amount_received'
      WHEN t.amount_received IS NOT NULL AND (t.received_x IS NULL OR t.received_c IS NULL OR t.received_x <> t.received_c OR t.received_c <= 0) THEN 'amount_received'
      WHEN t.cur_in NOT IN (SELECT code FROM iso4217) THEN 'currency_received'
      WHEN t.balance_after_from IS NOT NULL AND t.bal_from IS NULL THEN 'balance_after_from'
      WHEN t.balance_after_to IS NOT NULL AND t.bal_to IS NULL THEN 'balance_after_to'
    END AS pre_column
  FROM typed t
),
deduped AS (
  SELECT c.*,
    CASE WHEN c.pre_fail IS NULL
              AND (row_number() OVER (PARTITION BY c.tx_id, c.pre_fail IS NULL ORDER BY c.source_row) > 1
                   OR EXISTS (SELECT 1 FROM transfer_records r WHERE r.tx_id = c.tx_id))
         THEN 'duplicate_tx' END AS dup_fail
  FROM checked c
),
rates AS (
  -- one rate per currency and date: the chosen source's, or the one loaded last
  SELECT currency, "date", rate_to_reporting AS rate, rate_source
  FROM fx_rates
  WHERE $rate_source IS NULL OR rate_source = $rate_source
  QUALIFY row_number() OVER (PARTITION BY currency, "date" ORDER BY source_id DESC NULLS LAST, source_row DESC NULLS LAST) = 1
),
valued AS (
  SELECT d.*, ro.rate AS rate_out, ro.rate_source AS source_out, ri.rate AS rate_in, ri.rate_source AS source_in
  FROM deduped d
  ASOF LEFT JOIN rates ro ON ro.currency = d.cur AND d.cur <> $reporting AND d.ts::DATE >= ro."date"
  ASOF LEFT JOIN rates ri ON ri.currency = d.cur_in AND d.cur_in <> $reporting AND d.ts::DATE >= ri."date"
)
SELECT
  v.source_row, v.raw, v.tx_id, v."timestamp" AS ts_text, v.ts, v.from_account, v.to_account,
  v.amount, v.amount_c, v.currency, v.cur, v.amount_received, coalesce(v.received_c, v.amount_c) AS received_c,
  v.currency_received, v.cur_in, v.channel, v.reference, v.balance_after_from, v.bal_from,
  v.balance_after_to, v.bal_to,
  v.rate_out, v.rate_in,
  CASE WHEN v.cur = $reporting THEN v.amount_c ELSE CAST(v.amount_c * v.rate_out AS DECIMAL(18,2)) END AS value_out,
  CASE WHEN v.cur_in = $reporting THEN coalesce(v.received_c, v.amount_c)
       ELSE CAST(coalesce(v.received_c, v.amount_c) * v.rate_in AS DECIMAL(18,2)) END AS value_in,
  CASE WHEN v.source_out IS NULL THEN v.source_in
       WHEN v.source_in IS NULL OR v.source_in = v.source_out THEN v.source_out
       ELSE v.source_out || '; ' || v.source_in END AS fx_source,
  coalesce(v.pre_fail, v.dup_fail,
           CASE WHEN v.cur <> $reporting AND v.rate_out IS NULL THEN 'no_fx_rate'
                WHEN v.cur_in <> $reporting AND v.rate_in IS NULL THEN 'no_fx_rate' END) AS fail_code,
  coalesce(v.pre_column,
           CASE WHEN v.dup_fail IS NOT NULL THEN 'tx_id'
                WHEN v.cur <> $reporting AND v.rate_out IS NULL THEN 'currency'
                WHEN v.cur_in <> $reporting AND v.rate_in IS NULL THEN 'currency_received' END) AS fail_column
FROM valued v;
