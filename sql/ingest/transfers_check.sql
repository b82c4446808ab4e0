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
         -- UTC ('Z') and date-only text take the plain cast (fast); anything else may carry an
         -- offset or zone name, which only the TIMESTAMPTZ cast honours (the plain one drops it)
         CASE WHEN s."timestamp" LIKE '%Z' OR length(s."timestamp") <= 10 THEN TRY_CAST(s."timestamp" AS TIMESTAMP)
              ELSE TRY_CAST(s."timestamp" AS TIMESTAMPTZ)::TIMESTAMP END AS ts,
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
    CASE
      WHEN t.tx_id IS NULL OR trim(t.tx_id) = '' THEN 'missing_tx_id'
      WHEN t."timestamp" IS NULL OR trim(t."timestamp") = '' THEN 'missing_timestamp'
      WHEN t.ts IS NULL THEN 'bad_timestamp'
      WHEN t.from_account IS NULL OR trim(t.from_account) = '' THEN 'missing_account'
      WHEN t.to_account IS NULL OR trim(t.to_account) = '' THEN 'missing_account'
      WHEN t.amount IS NULL OR trim(t.amount) = '' THEN 'missing_amount'
      WHEN t.amount_x IS NULL OR t.amount_c IS NULL OR t.amount_x <> CAST(t.amount_c AS DOUBLE) THEN 'bad_amount'
      WHEN t.amount_c <= 0 THEN 'non_positive_amount'
      WHEN t.currency IS NULL OR trim(t.currency) = '' THEN 'missing_currency'
      WHEN t.cur NOT IN (SELECT code FROM iso4217) THEN 'unknown_currency'
      WHEN t.amount_received IS NULL AND t.cur_in <> t.cur THEN 'missing_amount'
      WHEN t.amount_received IS NOT NULL AND (t.received_x IS NULL OR t.received_c IS NULL OR t.received_x <> CAST(t.received_c AS DOUBLE)) THEN 'bad_amount'
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
      WHEN t.amount IS NULL OR trim(t.amount) = '' OR t.amount_x IS NULL OR t.amount_c IS NULL OR t.amount_x <> CAST(t.amount_c AS DOUBLE) OR t.amount_c <= 0 THEN 'amount'
      WHEN t.currency IS NULL OR trim(t.currency) = '' OR t.cur NOT IN (SELECT code FROM iso4217) THEN 'currency'
      WHEN t.amount_received IS NULL AND t.cur_in <> t.cur THEN 'amount_received'
      WHEN t.amount_received IS NOT NULL AND (t.received_x IS NULL OR t.received_c IS NULL OR t.received_x <> CAST(t.received_c AS DOUBLE) OR t.received_c <= 0) THEN 'amount_received'
      WHEN t.cur_in NOT IN (SELECT code FROM iso4217) THEN 'currency_received'
      WHEN t.balance_after_from IS NOT NULL AND t.bal_from IS NULL THEN 'balance_after_from'
      WHEN t.balance_after_to IS NOT NULL AND t.bal_to IS NULL THEN 'balance_after_to'
    END AS pre_column
  FROM typed t
),
firsts AS (
  -- the first row of each id among rows that passed the checks above: it stays
  SELECT tx_id, min(source_row) AS first_row FROM checked WHERE pre_fail IS NULL GROUP BY tx_id
),
deduped AS (
  SELECT c.*,
    CASE WHEN c.pre_fail IS NULL AND (c.source_row <> f.first_row OR c.tx_id IN (SELECT tx_id FROM transfer_records))
         THEN 'duplicate_tx' END AS dup_fail
  FROM checked c LEFT JOIN firsts f ON f.tx_id = c.tx_id
),
rates AS (
  -- one rate per currency and date: the chosen source's, or the one loaded last
  SELECT currency, "date", rate_to_reporting AS rate, rate_source
  FROM fx_rates
  WHERE ($rate_source IS NULL OR rate_source = $rate_source) AND currency <> $reporting
  QUALIFY row_number() OVER (PARTITION BY currency, "date" ORDER BY source_id DESC NULLS LAST, source_row DESC NULLS LAST) = 1
),
rate_days AS (
  -- every day from a currency's first rate to the last transfer day, with the rate in force
  -- that day (the most recent on or before it): a small table, so each transfer finds its
  -- rate with an equality join instead of an as-of join over all transfers
  SELECT f.currency, CAST(g.day AS DATE) AS day
  FROM (SELECT currency, min("date") AS first_day FROM rates GROUP BY currency) f,
       LATERAL (SELECT unnest(range(CAST(f.first_day AS TIMESTAMP),
                                    CAST((SELECT max(ts) FROM checked) AS DATE) + INTERVAL 1 DAY,
                                    INTERVAL 1 DAY)) AS day) g
),
day_rates AS (
  SELECT d.currency, d.day, r.rate, r.rate_source
  FROM rate_days d ASOF JOIN rates r ON r.currency = d.currency AND d.day >= r."date"
),
valued AS (
  SELECT d.*, ro.rate AS rate_out, ro.rate_source AS source_out, ri.rate AS rate_in, ri.rate_source AS source_in
  FROM deduped d
  LEFT JOIN day_rates ro ON ro.currency = d.cur AND ro.day = CAST(d.ts AS DATE)
  LEFT JOIN day_rates ri ON ri.currency = d.cur_in AND ri.day = CAST(d.ts AS DATE)
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
