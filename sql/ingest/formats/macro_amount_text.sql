-- ft_amount_text(txt, dec, thou): an amount as written ("1,530.00", "-1.530,00", "(250.00)",
-- "KES 1 530", "250.00 DR") → plain decimal text with '.' and no sign, for the staging tables.
-- dec is the decimal separator, thou the thousands separator ('' for none). Text that is still
-- not a number is passed through unchanged, so the shared validation step quarantines it as
-- bad_amount with the value as given. The sign is read separately (ft_amount_negative).
CREATE OR REPLACE TEMP MACRO ft_amount_text(txt, dsep, tsep) AS
  CASE
    WHEN txt IS NULL OR trim(txt) = '' THEN NULL
    WHEN regexp_matches(
           replace(CASE WHEN tsep = '' THEN ft_amount_bare(txt) ELSE replace(ft_amount_bare(txt), tsep, '') END, dsep, '.'),
           '^[0-9]+(\.[0-9]+)?$')
      THEN replace(CASE WHEN tsep = '' THEN ft_amount_bare(txt) ELSE replace(ft_amount_bare(txt), tsep, '') END, dsep, '.')
    ELSE txt
  END
