-- ft_amount_bare(txt): the amount text without currency code, DR/CR marker, sign, parentheses
-- and spaces (helper of ft_amount_text; separators are left for it to resolve).
CREATE OR REPLACE TEMP MACRO ft_amount_bare(txt) AS
  regexp_replace(trim(txt), '^[A-Za-z]{3}\s*|\s*[A-Za-z]{2,3}$|[()+\-\s]', '', 'g')
