-- Check the staged account rows: id present; kind one of the eight (docs/spec/cli-contract.md, Canonical input);
-- opening balance (optional) a decimal with at most 2 places, written as digits (no exponent
-- or '_'), below 10^12 in size (as amounts, see transfers_check); id not earlier in this file and
-- not already loaded from an accounts file. An account the case only knows from transfers
-- (created as kind 'other', no source) is not a duplicate: this row describes it.
CREATE OR REPLACE TEMP TABLE checked_accounts AS
WITH typed AS (
  SELECT s.*, lower(trim(s.kind)) AS kind_n,
         TRY_CAST(s.opening_balance AS DECIMAL(18,2)) AS balance_c,
         TRY_CAST(s.opening_balance AS DECIMAL(38,18)) AS balance_x
  FROM stage_accounts s
),
checked AS (
  SELECT t.*,
    CASE
      WHEN t.account_id IS NULL OR trim(t.account_id) = '' THEN 'missing_account'
      WHEN t.kind IS NULL OR trim(t.kind) = '' THEN 'missing_kind'
      WHEN t.kind_n NOT IN ('bank', 'mobile_money', 'mto', 'hawala', 'crypto', 'service', 'cash', 'other') THEN 'bad_kind'
      WHEN t.opening_balance IS NOT NULL AND (t.balance_x IS NULL OR t.balance_c IS NULL OR t.balance_x <> t.balance_c
           OR abs(t.balance_c) >= 1000000000000 OR NOT regexp_full_match(t.opening_balance, ' *-?[0-9]*\.?[0-9]+ *')) THEN 'bad_balance'
    END AS pre_fail
  FROM typed t
)
SELECT c.*,
  coalesce(c.pre_fail,
    CASE WHEN row_number() OVER (PARTITION BY c.account_id, c.pre_fail IS NULL ORDER BY c.source_row) > 1
              OR EXISTS (SELECT 1 FROM account_records a WHERE a.account_id = c.account_id AND a.source_id IS NOT NULL)
         THEN 'duplicate_account' END) AS fail_code,
  CASE
    WHEN c.pre_fail = 'missing_account' THEN 'account_id'
    WHEN c.pre_fail IN ('missing_kind', 'bad_kind') THEN 'kind'
    WHEN c.pre_fail = 'bad_balance' THEN 'opening_balance'
    ELSE 'account_id' END AS fail_column
FROM checked c;
