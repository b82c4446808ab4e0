-- ft_account_id(type, value, institution): a typed account id from a cell (docs/formats.md):
-- phone → 'phone:<as written>' (normalised to wallet:+E164 or masked: by the phone step),
-- iban → iban:<compact, upper case>, bank/mto/hawala → <type>:<institution>/<value>,
-- (an mto id written +<digits> is a wallet payout: phone), raw → the value as given, any other
-- type word → <type>:<value>. Empty → NULL.
CREATE OR REPLACE TEMP MACRO ft_account_id(type, value, institution) AS
  CASE
    WHEN value IS NULL OR trim(value) = '' THEN NULL
    WHEN type = 'phone' THEN 'phone:' || trim(value)
    WHEN type = 'iban' THEN 'iban:' || upper(regexp_replace(value, '\s', '', 'g'))
    -- An operator's customer id that is an international phone number is a mobile-wallet payout.
    WHEN type = 'mto' AND regexp_matches(trim(value), '^\+[0-9]{8,15}$') THEN 'phone:' || trim(value)
    WHEN type IN ('bank', 'mto', 'hawala') THEN type || ':' || coalesce(nullif(trim(institution), ''), 'unknown') || '/' || trim(value)
    WHEN type = 'raw' THEN trim(value)
    ELSE type || ':' || trim(value)
  END
