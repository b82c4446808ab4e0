-- Link the masked accounts of the staged receipt rows to full accounts of the case, only when
-- all four agree: the bank prefix with the same first and last four digits, the holder name
-- (normalised: case and spaces), and a loaded transfer of the same amount on the same UTC day
-- that involves the full account. Each candidate gets confidence 0.9 / number of candidates.
-- Parameters: $source_id, $prefix (e.g. 'bank:Commercial Bank of Ethiopia/').
-- Columns: none (inserts into masked_account_links).
INSERT INTO masked_account_links (masked_account, account_id, confidence, evidence, source_id, source_row)
WITH sides AS (
  SELECT s.source_row, s.from_account AS masked, d.holder_name AS name, s.amount, s."timestamp" AS ts, 'payer' AS side
  FROM stage_transfers s JOIN stage_derived_accounts d ON d.account_id = s.from_account
  UNION ALL
  SELECT s.source_row, s.to_account, d.holder_name, s.amount, s."timestamp", 'receiver'
  FROM stage_transfers s JOIN stage_derived_accounts d ON d.account_id = s.to_account
), m AS (
  SELECT *, regexp_extract(masked, '/([0-9])\*+([0-9]{4})$', 1) AS head, regexp_extract(masked, '/([0-9])\*+([0-9]{4})$', 2) AS tail,
    upper(regexp_replace(trim(name), '\s+', ' ', 'g')) AS name_norm,
    try_cast(amount AS DECIMAL(18,2)) AS amt, CAST(try_cast(ts AS TIMESTAMPTZ) AS DATE) AS day
  FROM sides WHERE masked LIKE $prefix || '%*%'
), c AS (
  SELECT m.*, a.account_id, t.tx_id
  FROM m
  JOIN account_records a ON a.account_id LIKE $prefix || '%' AND a.account_id NOT LIKE '%*%'
    AND regexp_matches(substr(a.account_id, length($prefix) + 1), '^' || m.head || '[0-9]*' || m.tail || '$')
    AND upper(regexp_replace(trim(a.holder_name), '\s+', ' ', 'g')) = m.name_norm
  JOIN transfer_records t ON (t.from_account = a.account_id OR t.to_account = a.account_id)
    AND t.amount = m.amt AND CAST(t.ts AS DATE) = m.day
), g AS (
  SELECT masked, account_id, first(source_row ORDER BY source_row) AS source_row, first(side) AS side, first(name) AS name,
    first(amt) AS amt, first(day) AS day, string_agg(DISTINCT tx_id, ', ' ORDER BY tx_id) AS txs
  FROM c GROUP BY masked, account_id
)
SELECT masked, account_id, round(0.9 / count(*) OVER (PARTITION BY masked), 4),
  to_json([
    'the ' || side || '''s account ' || masked || ' shows first digit and last four digits of ' || account_id,
    'holder name ' || name || ' is the name of ' || account_id,
    'transfer(s) ' || txs || ' of ' || amt::VARCHAR || ' on ' || day::VARCHAR || ' involve ' || account_id,
    count(*) OVER (PARTITION BY masked)::VARCHAR || ' candidate(s) fit'
  ])::VARCHAR,
  $source_id, source_row
FROM g
ORDER BY masked, account_id
