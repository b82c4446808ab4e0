-- Builds temp table detect_acct: every account detection may look at, with its kind and
-- country. Where the accounts file gives no country, a wallet's dialling code gives it
-- (wallet:+46... is Sweden): relatives' wallets often arrive with no accounts file at all.
-- in_scope is true for the accounts results are reported on (a trace run's accounts, or all).
-- params: $run_id VARCHAR (NULL = whole case)
-- columns: account_id, kind, country, holder_name, in_scope
CREATE OR REPLACE TEMP TABLE detect_acct AS
WITH dial(prefix, cc) AS (
  VALUES ('+31', 'NL'), ('+46', 'SE'), ('+49', 'DE'), ('+44', 'GB'), ('+972', 'IL'), ('+1', 'US'),
         ('+47', 'NO'), ('+41', 'CH'), ('+39', 'IT'), ('+33', 'FR'), ('+32', 'BE'), ('+45', 'DK'),
         ('+358', 'FI'), ('+43', 'AT'), ('+353', 'IE'), ('+61', 'AU'), ('+251', 'ET'), ('+254', 'KE'),
         ('+249', 'SD'), ('+256', 'UG'), ('+291', 'ER'), ('+218', 'LY'), ('+971', 'AE'), ('+211', 'SS'),
         ('+252', 'SO'), ('+20', 'EG'), ('+966', 'SA'), ('+255', 'TZ')
),
by_dial AS (
  SELECT a.account_id, arg_max(d.cc, length(d.prefix)) AS cc
  FROM account_records a JOIN dial d ON starts_with(a.account_id, 'wallet:' || d.prefix)
  GROUP BY a.account_id
),
scope AS (
  SELECT DISTINCT account_id FROM trace_accounts WHERE run_id = $run_id
)
SELECT a.account_id, a.kind, coalesce(nullif(upper(a.country), ''), b.cc) AS country, a.holder_name,
       ($run_id IS NULL OR a.account_id IN (SELECT account_id FROM scope)) AS in_scope
FROM account_records a LEFT JOIN by_dial b USING (account_id);
