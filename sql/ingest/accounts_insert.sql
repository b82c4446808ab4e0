-- Load the checked account rows. New accounts get the next dense account_key in file order;
-- an account created earlier from transfers (kind 'other', no source) keeps its key and takes
-- this row's details. holder_name is kept exactly; holder_name_norm (for matching) is lower
-- case, accents stripped, spaces collapsed. id_type, when not given, comes from the prefix.
-- params: $source_id INTEGER
INSERT INTO account_records (account_id, account_key, kind, id_type, holder_name, holder_name_norm,
  institution, country, opening_balance, source_id, source_row)
SELECT account_id,
       -- only new ids use up keys (an existing one keeps its key: the conflict clause leaves it)
       (SELECT coalesce(max(account_key), 0) FROM account_records)
         + row_number() OVER (PARTITION BY account_id IN (SELECT account_id FROM account_records) ORDER BY source_row),
       kind_n,
       coalesce(id_type, CASE split_part(account_id, ':', 1)
         WHEN 'wallet' THEN 'wallet' WHEN 'masked' THEN 'masked' WHEN 'iban' THEN 'iban'
         WHEN 'bank' THEN 'bank_account' WHEN 'mto' THEN 'mto_ref' WHEN 'hawala' THEN 'hawala_client'
         ELSE 'other' END),
       holder_name,
       nullif(regexp_replace(lower(strip_accents(trim(holder_name))), '\s+', ' ', 'g'), ''),
       institution, country, balance_c, $source_id, source_row
FROM checked_accounts
WHERE fail_code IS NULL
ORDER BY source_row
ON CONFLICT (account_id) DO UPDATE SET
  kind = excluded.kind, id_type = excluded.id_type, holder_name = excluded.holder_name,
  holder_name_norm = excluded.holder_name_norm, institution = excluded.institution,
  country = excluded.country, opening_balance = excluded.opening_balance,
  source_id = excluded.source_id, source_row = excluded.source_row;
