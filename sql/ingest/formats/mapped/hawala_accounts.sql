-- A ledger entry that notes the client's bank account ('Bank Account': an IBAN, or
-- "<bank>/<number>") names that account as the client's side instead of the phone (or the
-- counter): the client paid in from it, or was paid out to it. The keeper's side
-- (hawala:<keeper>/<client>) is left as it is. Run on mapped_lines of --format hawala.
-- Parameters: none.
UPDATE mapped_lines SET
  from_account = CASE WHEN from_account LIKE 'hawala:%' THEN from_account ELSE acct END,
  to_account = CASE WHEN to_account LIKE 'hawala:%' THEN to_account ELSE acct END
FROM (
  SELECT n AS row_n,
    CASE WHEN regexp_full_match(upper(replace(trim(j->>'Bank Account'), ' ', '')), '[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}')
         THEN 'iban:' || upper(replace(trim(j->>'Bank Account'), ' ', ''))
         WHEN trim(j->>'Bank Account') LIKE '_%/_%' THEN 'bank:' || trim(j->>'Bank Account') END AS acct
  FROM mapped_lines
) a
WHERE a.row_n = mapped_lines.n AND a.acct IS NOT NULL
