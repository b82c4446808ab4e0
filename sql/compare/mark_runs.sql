-- Marks the runs compare stored as compare's, except those the user had stored with trace:
-- those keep made_by = 'trace' and get their own times back, so that `report` still finds the
-- user's latest trace run by when the user made it.
-- params: $runs VARCHAR (JSON list of compare's run ids), $keep VARCHAR (JSON list of {run_id, started_at, finished_at})
UPDATE trace_runs SET
  made_by = CASE WHEN k.kept IS NULL THEN 'compare' ELSE 'trace' END,
  started_at = coalesce(CAST(k.started_at AS TIMESTAMP), trace_runs.started_at),
  finished_at = coalesce(CAST(k.finished_at AS TIMESTAMP), trace_runs.finished_at)
FROM (SELECT r.run_id, k.run_id AS kept, k.started_at, k.finished_at
      FROM (SELECT unnest(from_json($runs, '["VARCHAR"]')) AS run_id) r
      LEFT JOIN (SELECT unnest(from_json($keep, '[{"run_id":"VARCHAR","started_at":"VARCHAR","finished_at":"VARCHAR"}]'), recursive := true)) k
      ON k.run_id = r.run_id) k
WHERE trace_runs.run_id = k.run_id;
