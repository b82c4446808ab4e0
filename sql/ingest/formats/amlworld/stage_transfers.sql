-- IBM AMLworld transactions CSV → stage_transfers. The raw file's header has two columns both
-- named "Account" (sender's after "From Bank", receiver's after "To Bank"), so columns are
-- read by position, never by name. Also reads the re-headered export (timestamp,from_bank_id,
-- from_account_id,...). Accounts: bank:<bank id as given>/<account> (zero-padded bank ids stay
-- as written). Timestamps 'YYYY/MM/DD HH:MM' are UTC. Currency names → ISO 4217 codes
-- (Bitcoin → XBT is not ISO: kept as "BTC" and quarantined as unknown_currency unless the
-- case knows it). Amount Paid/Payment Currency are what left the sender, Amount Received/
-- Receiving Currency what arrived. tx_id amlworld:<row>; channel Payment Format; reference
-- keeps the laundering label when set.
-- Parameters: $path, $skip (1 for a header line), $reheadered (true for the 13-column export).
INSERT INTO stage_transfers
WITH f AS (
  SELECT row_number() OVER () AS n, *
  FROM read_csv($path, skip = $skip, header = false, all_varchar = true, delim = ',', quote = '"',
    auto_detect = false, null_padding = true,
    columns = {'c1': 'VARCHAR', 'c2': 'VARCHAR', 'c3': 'VARCHAR', 'c4': 'VARCHAR', 'c5': 'VARCHAR',
               'c6': 'VARCHAR', 'c7': 'VARCHAR', 'c8': 'VARCHAR', 'c9': 'VARCHAR', 'c10': 'VARCHAR',
               'c11': 'VARCHAR', 'c12': 'VARCHAR', 'c13': 'VARCHAR'})
), r AS (
  -- raw: Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,
  --      Amount Paid,Payment Currency,Payment Format,Is Laundering
  -- re-headered: timestamp,from_bank_id,from_account_id,from_account_key,to_bank_id,
  --      to_account_id,to_account_key,amount_received,receiving_currency,amount_paid,
  --      payment_currency,payment_format,is_laundering
  SELECT n,
    c1 AS ts, c2 AS from_bank, c3 AS from_acct,
    CASE WHEN $reheadered THEN c5 ELSE c4 END AS to_bank,
    CASE WHEN $reheadered THEN c6 ELSE c5 END AS to_acct,
    CASE WHEN $reheadered THEN c8 ELSE c6 END AS amount_received,
    CASE WHEN $reheadered THEN c9 ELSE c7 END AS receiving_currency,
    CASE WHEN $reheadered THEN c10 ELSE c8 END AS amount_paid,
    CASE WHEN $reheadered THEN c11 ELSE c9 END AS payment_currency,
    CASE WHEN $reheadered THEN c12 ELSE c10 END AS payment_format,
    CASE WHEN $reheadered THEN c13 ELSE c11 END AS is_laundering
  FROM f
)
SELECT n,
  to_json({"Timestamp": ts, "From Bank": from_bank, "From Account": from_acct, "To Bank": to_bank,
           "To Account": to_acct, "Amount Received": amount_received, "Receiving Currency": receiving_currency,
           "Amount Paid": amount_paid, "Payment Currency": payment_currency, "Payment Format": payment_format,
           "Is Laundering": is_laundering})::VARCHAR,
  'amlworld:' || n::VARCHAR,
  coalesce(strftime(try_strptime(trim(ts), '%Y/%m/%d %H:%M'), '%Y-%m-%dT%H:%M:%S') || '+00:00', ts),
  'bank:' || trim(from_bank) || '/' || trim(from_acct),
  'bank:' || trim(to_bank) || '/' || trim(to_acct),
  amount_paid, ft_currency_name(payment_currency),
  amount_received, ft_currency_name(receiving_currency),
  payment_format,
  CASE WHEN trim(is_laundering) = '1' THEN 'is_laundering=1' END,
  NULL, NULL
FROM r
ORDER BY n
