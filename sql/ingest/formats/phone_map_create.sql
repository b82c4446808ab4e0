-- Phone numbers found by a reader, as written ('phone:0712 345 678'), and the account id
-- libphonenumber-js made of them ('wallet:+254712345678', 'masked:07******212', or NULL when
-- the text holds no number, which the shared validation step quarantines as missing_account).
CREATE OR REPLACE TEMP TABLE phone_map (raw VARCHAR, account_id VARCHAR)
