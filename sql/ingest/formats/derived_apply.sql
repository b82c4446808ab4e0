-- Add the derived accounts (stage_derived_accounts) to the case: new ones with the next dense
-- account_key (in order of first row, then id, so keys are the same on every run) and no source;
-- an account the case knows only from transfers (no source) gets the kind, name, institution
-- and country it lacks; an account described by an accounts file is left as that file says.
-- holder_name_norm as the shared accounts step computes it. One row per id (first row wins).
-- Parameters: none.
INSERT INTO account_records (account_id, account_key, kind, id_type, holder_name, holder_name_norm, institution, country)
SELECT account_id,
  (SELECT coalesce(max(account_key), 0) FROM account_records) + row_number() OVER (ORDER BY first_row, account_id),
  kind, id_type, holder_name,
  nullif(regexp_replace(lower(strip_accents(trim(holder_name))), '\s+', ' ', 'g'), ''),
  institution, country
FROM (
  SELECT account_id, min(first_row) AS first_row,
    first(kind ORDER BY first_row) AS kind, first(id_type ORDER BY first_row) AS id_type,
    first(holder_name ORDER BY first_row) FILTER (WHERE holder_name IS NOT NULL AND trim(holder_name) <> '') AS holder_name,
    first(institution ORDER BY first_row) AS institution, first(country ORDER BY first_row) AS country
  FROM stage_derived_accounts
  WHERE account_id IS NOT NULL AND trim(account_id) <> ''
  GROUP BY account_id
)
ON CONFLICT (account_id) DO UPDATE SET
  kind = CASE WHEN account_records.source_id IS NULL AND account_records.kind = 'other' THEN excluded.kind ELSE account_records.kind END,
  holder_name = CASE WHEN account_records.source_id IS NULL THEN coalesce(account_records.holder_name, excluded.holder_name) ELSE account_records.holder_name END,
  holder_name_norm = CASE WHEN account_records.source_id IS NULL THEN coalesce(account_records.holder_name_norm, excluded.holder_name_norm) ELSE account_records.holder_name_norm END,
  institution = CASE WHEN account_records.source_id IS NULL THEN coalesce(account_records.institution, excluded.institution) ELSE account_records.institution END,
  country = CASE WHEN account_records.source_id IS NULL THEN coalesce(account_records.country, excluded.country) ELSE account_records.country END
