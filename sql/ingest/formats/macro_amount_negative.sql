-- ft_amount_negative(txt): true when an amount as written is negative: a leading or trailing
-- minus, parentheses, or a DR (debit) marker. Used for sign conventions (M-Pesa writes
-- Withdrawn as negative; bank exports use one signed column or DR/CR).
CREATE OR REPLACE TEMP MACRO ft_amount_negative(txt) AS
  txt IS NOT NULL AND (regexp_matches(trim(txt), '^-|-$|^\(.*\)$') OR regexp_matches(upper(trim(txt)), '\sDR$|^DR\s'))
