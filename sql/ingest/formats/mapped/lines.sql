-- mapped_rows → mapped_lines: every row's canonical fields, picked by the column names of the
-- mapping (bound as JSON keys, never interpolated) and converted per its conventions:
-- timestamp (strptime formats, or ISO 8601; local time in the mapping's zone → offset),
-- amounts (decimal/thousands separators), direction (positive from → to; signed amount;
-- debit/credit columns; DR/CR indicator), fees (added to what the sender paid, or included),
-- accounts (typed ids, see ft_account_id), status (completed or not).
-- Parameters: column keys $c_* (NULL when unmapped), constants $k_*, side specs $f_*, $t_*, $p_*, $o_*,
-- $c_type, $agent_types, $owner, $iso, $fmts, $tz_name, $tz_offset, $dsep, $tsep, $sign, $fee_added, $completed, $prefix, $file_tag.
CREATE OR REPLACE TEMP TABLE mapped_lines AS
WITH v AS (
  SELECT n, j,
    j->>($c_tx_id::VARCHAR) AS tx_id_v,
    CASE WHEN $c_time::VARCHAR IS NULL THEN j->>($c_timestamp::VARCHAR) ELSE concat_ws(' ', j->>($c_timestamp::VARCHAR), j->>($c_time::VARCHAR)) END AS ts_v,
    j->>($c_amount::VARCHAR) AS amount_v, j->>($c_debit::VARCHAR) AS debit_v, j->>($c_credit::VARCHAR) AS credit_v,
    upper(trim(j->>($c_indicator::VARCHAR))) AS ind_v,
    coalesce(nullif(trim(j->>($c_currency::VARCHAR)), ''), $k_currency) AS currency_v,
    j->>($c_amount_received::VARCHAR) AS amount_received_v,
    coalesce(nullif(trim(j->>($c_currency_received::VARCHAR)), ''), $k_currency_received) AS currency_received_v,
    j->>($c_fee::VARCHAR) AS fee_v,
    coalesce(nullif(trim(j->>($c_channel::VARCHAR)), ''), $k_channel) AS channel_v,
    nullif(array_to_string(list_filter(list_transform($c_reference, lambda k: json_extract_string(j, k)), lambda x: x IS NOT NULL AND x <> ''), ' | '), '') AS reference_v,
    j->>($c_balance::VARCHAR) AS balance_v, j->>($c_balance_after_from::VARCHAR) AS bal_from_v, j->>($c_balance_after_to::VARCHAR) AS bal_to_v,
    j->>($c_status::VARCHAR) AS status_v,
    ft_short_code(coalesce(ft_account_id($f_type, coalesce(j->>($f_col::VARCHAR), $f_val), coalesce(j->>($f_inst_col::VARCHAR), $f_inst)), $f_def), lower(trim(j->>($c_type::VARCHAR))), $agent_types) AS from_v,
    ft_short_code(coalesce(ft_account_id($t_type, coalesce(j->>($t_col::VARCHAR), $t_val), coalesce(j->>($t_inst_col::VARCHAR), $t_inst)), $t_def), lower(trim(j->>($c_type::VARCHAR))), $agent_types) AS to_v,
    ft_short_code(coalesce(ft_account_id($p_type, coalesce(j->>($p_col::VARCHAR), $p_val), coalesce(j->>($p_inst_col::VARCHAR), $p_inst)), $p_def), lower(trim(j->>($c_type::VARCHAR))), $agent_types) AS cp_v,
    coalesce(ft_account_id($o_type, coalesce(j->>($o_col::VARCHAR), $o_val), coalesce(j->>($o_inst_col::VARCHAR), $o_inst)), $o_def) AS own_v,
    j->>($o_name::VARCHAR) AS own_name, coalesce(j->>($o_inst_col::VARCHAR), $o_inst) AS own_inst,
    coalesce(upper(trim(j->>($o_ctry_col::VARCHAR))), $o_ctry) AS own_ctry,
    j->>($f_name::VARCHAR) AS from_name, j->>($t_name::VARCHAR) AS to_name, j->>($p_name::VARCHAR) AS cp_name,
    coalesce(j->>($f_inst_col::VARCHAR), $f_inst) AS from_inst, coalesce(j->>($t_inst_col::VARCHAR), $t_inst) AS to_inst,
    coalesce(j->>($p_inst_col::VARCHAR), $p_inst) AS cp_inst,
    coalesce(upper(trim(j->>($f_ctry_col::VARCHAR))), $f_ctry) AS from_ctry, coalesce(upper(trim(j->>($t_ctry_col::VARCHAR))), $t_ctry) AS to_ctry,
    coalesce(upper(trim(j->>($p_ctry_col::VARCHAR))), $p_ctry) AS cp_ctry
  FROM mapped_rows
), d AS (
  SELECT *,
    CASE $sign
      WHEN 'positive' THEN false
      WHEN 'signed' THEN ft_amount_negative(amount_v)
      WHEN 'debit_credit' THEN coalesce(try_cast(ft_amount_text(debit_v, $dsep, $tsep) AS DECIMAL(38,10)), 0) <> 0
      ELSE ind_v IN ('DR', 'D', 'DEBIT', 'DBIT', 'OUT', 'WITHDRAWAL', 'PAID OUT', '-')
    END AS is_out,
    CASE WHEN $iso THEN try_cast(trim(ts_v) AS TIMESTAMP) ELSE try_strptime(trim(ts_v), $fmts) END AS local_ts
  FROM v
), a AS (
  SELECT *,
    ft_amount_text(CASE WHEN $sign = 'debit_credit' THEN (CASE WHEN is_out THEN debit_v ELSE credit_v END) ELSE amount_v END, $dsep, $tsep) AS amt,
    ft_amount_text(fee_v, $dsep, $tsep) AS fee_t,
    ft_amount_text(amount_received_v, $dsep, $tsep) AS amt_received
  FROM d
)
SELECT n, j, status_v, local_ts, is_out, reference_v, channel_v,
  $c_status::VARCHAR IS NULL OR list_contains($completed, lower(trim(coalesce(status_v, '')))) AS completed,
  coalesce($prefix || nullif(trim(tx_id_v), ''), $prefix || $file_tag || ':' || n::VARCHAR) AS tx_id,
  CASE
    WHEN $iso AND regexp_matches(trim(ts_v), '(Z|[+-][0-9]{2}:?[0-9]{2})$') THEN trim(ts_v)
    WHEN local_ts IS NOT NULL THEN ft_local_iso(local_ts, $tz_name, $tz_offset)
    ELSE ts_v
  END AS ts_text,
  CASE WHEN $sign = 'positive' THEN from_v WHEN is_out THEN coalesce(own_v, $owner) ELSE cp_v END AS from_account,
  CASE WHEN $sign = 'positive' THEN to_v WHEN is_out THEN cp_v ELSE coalesce(own_v, $owner) END AS to_account,
  CASE WHEN $sign = 'positive' THEN from_name WHEN is_out THEN own_name ELSE cp_name END AS from_name,
  CASE WHEN $sign = 'positive' THEN to_name WHEN is_out THEN cp_name ELSE own_name END AS to_name,
  CASE WHEN $sign = 'positive' THEN from_inst WHEN is_out THEN own_inst ELSE cp_inst END AS from_inst,
  CASE WHEN $sign = 'positive' THEN to_inst WHEN is_out THEN cp_inst ELSE own_inst END AS to_inst,
  CASE WHEN $sign = 'positive' THEN from_ctry WHEN is_out THEN own_ctry ELSE cp_ctry END AS from_ctry,
  CASE WHEN $sign = 'positive' THEN to_ctry WHEN is_out THEN cp_ctry ELSE own_ctry END AS to_ctry,
  CASE WHEN $fee_added AND try_cast(fee_t AS DECIMAL(38,10)) IS NOT NULL AND try_cast(amt AS DECIMAL(38,10)) IS NOT NULL
       THEN (try_cast(amt AS DECIMAL(38,10)) + try_cast(fee_t AS DECIMAL(38,10)))::DECIMAL(18,2)::VARCHAR
       ELSE amt END AS amount,
  currency_v AS currency,
  coalesce(amt_received,
    CASE WHEN try_cast(fee_t AS DECIMAL(38,10)) IS NOT NULL AND try_cast(amt AS DECIMAL(38,10)) IS NOT NULL
         THEN (CASE WHEN $fee_added THEN try_cast(amt AS DECIMAL(38,10))
                    ELSE try_cast(amt AS DECIMAL(38,10)) - try_cast(fee_t AS DECIMAL(38,10)) END)::DECIMAL(18,2)::VARCHAR END) AS amount_received,
  CASE WHEN amt_received IS NOT NULL OR fee_t IS NOT NULL THEN coalesce(currency_received_v, currency_v) ELSE currency_received_v END AS currency_received,
  balance_txt,
  -- A records file (positive) names its owner on both sides of its Balance column; it is kept on
  -- both here and narrowed to the owner's side once phone ids are normalised (owner_balances).
  coalesce(ft_signed_text(bal_from_v, $dsep, $tsep), CASE WHEN $sign = 'positive' OR is_out THEN balance_txt END) AS balance_after_from,
  coalesce(ft_signed_text(bal_to_v, $dsep, $tsep), CASE WHEN $sign = 'positive' OR NOT is_out THEN balance_txt END) AS balance_after_to
FROM (SELECT *, ft_signed_text(balance_v, $dsep, $tsep) AS balance_txt FROM a)
