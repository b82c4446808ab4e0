-- Accounts named by a mapped file: the statement's owner (when there is one) and every account
-- of its completed rows, with the first spelling of its name column in file order (names
-- exactly as given), institution and country (per row columns, else the mapping's). Kind from the
-- id's type: wallets and masked numbers mobile_money, bank/iban bank, mto, hawala, agent and
-- service service, cash cash, anything else other.
-- Parameters: $owner, $institution, $country.
INSERT INTO stage_derived_accounts
SELECT account_id,
  CASE split_part(account_id, ':', 1)
    WHEN 'phone' THEN 'mobile_money' WHEN 'wallet' THEN 'mobile_money' WHEN 'masked' THEN 'mobile_money'
    WHEN 'iban' THEN 'bank' WHEN 'bank' THEN 'bank' WHEN 'mto' THEN 'mto' WHEN 'hawala' THEN 'hawala'
    WHEN 'agent' THEN 'service' WHEN 'service' THEN 'service' WHEN 'cash' THEN 'cash' ELSE 'other' END,
  NULL, holder_name, coalesce(inst, $institution), coalesce(ctry, $country), source_row
FROM (
  SELECT 0 AS source_row, $owner AS account_id, NULL AS holder_name, NULL AS inst, NULL AS ctry WHERE $owner IS NOT NULL
  UNION ALL
  SELECT min(n), account, first(name ORDER BY n) FILTER (WHERE name IS NOT NULL AND trim(name) <> ''),
    first(inst ORDER BY n) FILTER (WHERE inst IS NOT NULL AND trim(inst) <> ''),
    first(ctry ORDER BY n) FILTER (WHERE regexp_matches(ctry, '^[A-Z]{2}$'))
  FROM (SELECT n, from_account AS account, from_name AS name, from_inst AS inst, from_ctry AS ctry FROM mapped_lines WHERE completed
        UNION ALL SELECT n, to_account, to_name, to_inst, to_ctry FROM mapped_lines WHERE completed)
  WHERE account IS NOT NULL AND (account IS DISTINCT FROM $owner OR $owner IS NULL)
  GROUP BY account
)
ORDER BY source_row, account_id
