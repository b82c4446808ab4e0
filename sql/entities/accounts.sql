-- Accounts with what entity resolution compares: the id (phones inside it), holder name, country.
-- params: none
-- columns: account_id, kind, holder_name, country
SELECT account_id, kind, holder_name, country FROM account_records ORDER BY account_id;
