-- Where each account sits relative to the accounts flagged by the extortion detectors
-- (ransom collection, pass-through, consolidation, repeat extortion; not the generic AML
-- shapes, which ordinary traffic also has): how much
-- it received from them and from how many, and whether it keeps, forwards or cashes out.
-- Roles (broker, leader candidate, cash-out point) are read from these facts. terminal marks
-- where the money leaves the records: services, cash, agents, and also hawala and MTO
-- accounts (a hawaladar or remittance company carries it on, with no record of where).
-- params: $min_source_score DOUBLE
-- columns: account_id, terminal BOOLEAN, n_flagged_sources, from_flagged DECIMAL, from_collectors DECIMAL,
--          in_value, out_value, fwd_value, n_in, to_flagged DECIMAL (sent to flagged accounts),
--          foreign_out DECIMAL (sent to another country)
WITH flagged AS (
  SELECT account_id, max(score) AS score, bool_or(pattern = 'ransom_collection') AS collector
  FROM detect_found
  WHERE score >= $min_source_score AND pattern IN ('ransom_collection', 'pass_through', 'consolidation', 'repeat_extortion')
  GROUP BY account_id
),
recv AS (
  SELECT t.to_account AS account_id, count(DISTINCT t.from_account) AS n_flagged_sources,
         sum(t.value_in) AS from_flagged, coalesce(sum(t.value_in) FILTER (WHERE g.collector), 0) AS from_collectors
  FROM detect_tx t JOIN flagged g ON g.account_id = t.from_account
  GROUP BY t.to_account
),
sent AS (
  SELECT t.from_account AS account_id, sum(t.value_out) AS to_flagged
  FROM detect_tx t JOIN flagged g ON g.account_id = t.to_account
  GROUP BY t.from_account
),
abroad AS (
  SELECT from_account AS account_id, sum(value_out) AS foreign_out
  FROM detect_tx WHERE from_country IS NOT NULL AND to_country IS NOT NULL AND from_country <> to_country
  GROUP BY from_account
)
SELECT f.account_id,
       (f.kind IN ('service', 'cash', 'hawala', 'mto') OR starts_with(f.account_id, 'agent:') OR starts_with(f.account_id, 'cash:')) AS terminal,
       r.n_flagged_sources, r.from_flagged, r.from_collectors, f.in_value, f.out_value, f.fwd_value, f.n_in,
       coalesce(s.to_flagged, 0) AS to_flagged, coalesce(a.foreign_out, 0) AS foreign_out
FROM recv r JOIN detect_features f USING (account_id) LEFT JOIN sent s USING (account_id) LEFT JOIN abroad a USING (account_id)
ORDER BY f.account_id;
