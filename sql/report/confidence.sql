-- How much of a run's traced money rests on links that are inferred rather than recorded, for
-- the report's "how sure" block: per kind of link, how many, the traced money involved, and the
-- weakest and median confidence.
--   statement: ransom payments chosen as seeds by matching a relative's statement (the
--              statement's date and amount are approximate; statement_matches.confidence);
--   entity:    ransom payments whose payer account was joined to a person by entity links
--              weaker than certain (account_entities.confidence < 1);
--   bridge:    inferred hawala bridges the run's money crossed (hawala_bridges.confidence).
-- Amounts are the traced money each link carried: the seed's delivered amount for statements
-- and entities, the bridge transfer's delivered amount for bridges.
-- Summed as DECIMAL: a parallel SUM over DOUBLE may vary in its last bits from run to run.
-- params: $run_id VARCHAR
-- columns: kind, links, amount, min_confidence, median_confidence
WITH run_tx AS (
  SELECT x.tx_id, x.hop, x.tainted_in, t.from_account
  FROM trace_transfers x JOIN transfer_records t USING (tx_id)
  WHERE x.run_id = $run_id
), statement AS (
  SELECT 'statement' AS kind, count(*) AS links, sum(r.tainted_in::DECIMAL(38,10)) AS amount,
         min(m.confidence) AS min_confidence, median(m.confidence) AS median_confidence
  FROM run_tx r JOIN (SELECT tx_id, max(confidence) AS confidence FROM statement_matches WHERE chosen GROUP BY tx_id) m USING (tx_id)
  WHERE r.hop = 0
), entity AS (
  SELECT 'entity' AS kind, count(*) AS links, sum(r.tainted_in::DECIMAL(38,10)) AS amount,
         min(e.confidence) AS min_confidence, median(e.confidence) AS median_confidence
  FROM run_tx r JOIN account_entities e ON e.account_id = r.from_account
  WHERE r.hop = 0 AND e.accounts > 1 AND e.confidence < 1
), bridge AS (
  SELECT 'bridge' AS kind, count(*) AS links, sum(r.tainted_in::DECIMAL(38,10)) AS amount,
         min(b.confidence) AS min_confidence, median(b.confidence) AS median_confidence
  FROM run_tx r JOIN hawala_bridges b USING (tx_id)
  WHERE r.tainted_in > 0
)
SELECT * FROM (SELECT 1 AS k, * FROM statement UNION ALL SELECT 2, * FROM entity UNION ALL SELECT 3, * FROM bridge)
ORDER BY k;
