-- Who paid each ransom payment (hop 0 transfer) of the run, with what the case knows to resolve
-- payers and victims into persons: the payer account's holder and resolved entity
-- (flowtrace entities), and from the relatives' statements matched to the payment
-- (statement_matches.chosen) the victim's name as written and the payer's phone numbers.
-- params: $run_id VARCHAR
-- columns: tx_id, payer, holder_name, entity_id, victim, phones (JSON list)
WITH seeds AS (
  SELECT x.tx_id, t.from_account AS payer
  FROM trace_transfers x JOIN transfer_records t USING (tx_id)
  WHERE x.run_id = $run_id AND x.hop = 0
), said AS (
  SELECT m.tx_id, min(nullif(trim(s.victim), '')) AS victim,
         list(DISTINCT s.payer_phone ORDER BY s.payer_phone) FILTER (WHERE s.payer_phone IS NOT NULL AND s.payer_phone <> '') AS phones
  FROM statement_matches m JOIN statement_records s USING (statement_id)
  WHERE m.chosen AND m.tx_id IN (SELECT tx_id FROM seeds)
  GROUP BY m.tx_id
)
SELECT s.tx_id, s.payer, a.holder_name, e.entity_id, d.victim, to_json(coalesce(d.phones, [])) AS phones
FROM seeds s
LEFT JOIN account_records a ON a.account_id = s.payer
LEFT JOIN account_entities e ON e.account_id = s.payer
LEFT JOIN said d ON d.tx_id = s.tx_id
ORDER BY s.tx_id;
