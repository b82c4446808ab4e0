-- Repeat extortion: the same payers paying ransom-sized amounts again weeks later to another
-- collector (a victim sold on to the next group, whose family is made to pay again). Both
-- receivers must already be flagged as ransom collectors, so monthly family remittances and
-- school fees (same receiver, or receivers that are not collectors) do not count; the payer
-- may be anywhere (families in Ethiopia and Eritrea pay too). A payer is the same when it is
-- the same account or an account with the same normalised full holder name (a relative pays
-- once by money transfer, once from a bank account).
-- One finding per (first collector, later collector); the payers are named in the facts and
-- evidence only, never as accounts of the finding (they are victims' relatives).
-- score = min(1, 0.6 + 0.2 x payers who paid both).
-- params: $ransom_min, $ransom_max DECIMAL, $min_gap_days, $max_gap_days DOUBLE,
--         $min_payers INTEGER, $same_receiver BOOLEAN, $max_evidence INTEGER
-- columns: accounts VARCHAR[] (first collector, later collector), key, score, evidence, seeds, facts
WITH coll AS (
  SELECT DISTINCT account_id FROM detect_found WHERE pattern = 'ransom_collection'
),
pay AS (
  SELECT t.tx_id, t.ts, t.load_seq, coalesce(nullif(a.holder_name_norm, ''), t.from_account) AS payer, t.to_account AS receiver
  FROM detect_tx t JOIN coll c ON c.account_id = t.to_account
  LEFT JOIN account_records a ON a.account_id = t.from_account
  WHERE t.value_in BETWEEN $ransom_min AND $ransom_max
    AND t.from_account NOT IN (SELECT account_id FROM detect_found)
),
again AS (
  SELECT p1.receiver AS first_rcv, p2.receiver AS later_rcv, p1.payer, p1.tx_id AS tx1, p2.tx_id AS tx2,
         p1.ts AS ts1, p2.ts AS ts2, p1.load_seq AS seq1, p2.load_seq AS seq2
  FROM pay p1 JOIN pay p2 ON p1.payer = p2.payer
  WHERE p2.ts - p1.ts BETWEEN to_seconds(CAST($min_gap_days * 86400 AS BIGINT)) AND to_seconds(CAST($max_gap_days * 86400 AS BIGINT))
    AND (p1.receiver <> p2.receiver OR $same_receiver)
),
grp AS (
  SELECT first_rcv, later_rcv, count(DISTINCT payer) AS n_payers, list(DISTINCT payer ORDER BY payer) AS payers,
         min(ts1) AS first_paid, max(ts2) AS paid_again,
         list_distinct(flatten(list([tx1, tx2] ORDER BY ts1, seq1, ts2, seq2))) AS txs,
         list(DISTINCT tx2 ORDER BY tx2) AS later_txs,
         median(epoch(ts2 - ts1)) / 86400.0 AS median_gap_days
  FROM again GROUP BY first_rcv, later_rcv
)
SELECT [first_rcv, later_rcv] AS accounts, '' AS key, round(least(1.0, 0.6 + 0.2 * n_payers), 4) AS score,
       list_slice(txs, 1, $max_evidence) AS evidence, list_slice(later_txs, 1, $max_evidence) AS seeds,
       {first_rcv: first_rcv, later_rcv: later_rcv, n_payers: n_payers, payers: payers, first_paid: first_paid,
        paid_again: paid_again, median_gap_days: median_gap_days} AS facts
FROM grp
WHERE n_payers >= $min_payers
ORDER BY score DESC, first_rcv, later_rcv;
