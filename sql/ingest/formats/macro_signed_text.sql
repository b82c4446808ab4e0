-- ft_signed_text(txt, dsep, tsep): a signed amount as written (a balance: "-1,200.00",
-- "(50.00)", "300.00 DR") → plain decimal text with a leading '-' when negative.
CREATE OR REPLACE TEMP MACRO ft_signed_text(txt, dsep, tsep) AS
  CASE WHEN txt IS NULL OR trim(txt) = '' THEN NULL
       ELSE (CASE WHEN ft_amount_negative(txt) THEN '-' ELSE '' END) || ft_amount_text(txt, dsep, tsep) END
