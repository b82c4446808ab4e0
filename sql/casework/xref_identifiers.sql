-- This case's accounts as one JSON document, for the other side of `flowtrace xref`: account,
-- the phone number in its identifier, its resolved entity, holder, and what the latest trace
-- run traced into and out of it. One value, so no row becomes an object on the way.
-- params: none
-- columns: doc VARCHAR (JSON list), run_id VARCHAR (NULL when the case has no run)
WITH latest AS (
  SELECT run_id FROM trace_runs ORDER BY finished_at DESC, rowid DESC LIMIT 1
),
traced AS (
  SELECT account_id, tainted_in, tainted_out FROM trace_accounts WHERE run_id = (SELECT run_id FROM latest)
)
SELECT CAST(to_json(coalesce(list({
         account_id: a.account_id,
         phone: CASE WHEN starts_with(a.account_id, 'wallet:') THEN substr(a.account_id, 8)
                     ELSE nullif(regexp_extract(a.account_id, '\+\d{8,15}'), '') END,
         entity_id: e.entity_id, entity_name: e.entity_name, holder: a.holder_name,
         traced_in: coalesce(t.tainted_in, 0), traced_out: coalesce(t.tainted_out, 0)
       } ORDER BY a.account_id), [])) AS VARCHAR) AS doc,
       (SELECT run_id FROM latest) AS run_id
FROM account_records a
LEFT JOIN account_entities e USING (account_id)
LEFT JOIN traced t USING (account_id);
