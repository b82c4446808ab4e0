-- How many rows of this file cross_matches merged (by kind) and how many are left to confirm.
-- Parameters: none. Columns: same_id, payout, to_confirm (rows), amended (planned changes).
SELECT count(DISTINCT source_row) FILTER (WHERE status = 'merged' AND match_kind = 'same_id') AS same_id,
       count(DISTINCT source_row) FILTER (WHERE status = 'merged' AND match_kind IN ('payout', 'deposit')) AS payout,
       count(DISTINCT source_row) FILTER (WHERE status = 'to_confirm') AS to_confirm,
       (SELECT count(*) FROM merge_plan) AS amended
FROM cross_matches
