-- ft_currency_name(txt): a currency written as a name (AMLworld writes "US Dollar", "Euro",
-- "Yuan", ...) → ISO 4217 code; a 3-letter code is kept (upper-cased); anything else is passed
-- through, so the shared validation step quarantines it as unknown_currency.
CREATE OR REPLACE TEMP MACRO ft_currency_name(txt) AS
  CASE lower(trim(txt))
    WHEN 'us dollar' THEN 'USD' WHEN 'euro' THEN 'EUR' WHEN 'uk pound' THEN 'GBP'
    WHEN 'yuan' THEN 'CNY' WHEN 'yen' THEN 'JPY' WHEN 'rupee' THEN 'INR' WHEN 'ruble' THEN 'RUB'
    WHEN 'canadian dollar' THEN 'CAD' WHEN 'australian dollar' THEN 'AUD' WHEN 'swiss franc' THEN 'CHF'
    WHEN 'mexican peso' THEN 'MXN' WHEN 'brazil real' THEN 'BRL' WHEN 'shekel' THEN 'ILS'
    WHEN 'saudi riyal' THEN 'SAR' WHEN 'bitcoin' THEN 'BTC'
    ELSE CASE WHEN regexp_matches(trim(txt), '^[A-Za-z]{3}$') THEN upper(trim(txt)) ELSE txt END
  END
