-- Remove the merged rows from stage_transfers (they are in stage_rejects now; see cross_reject).
-- Parameters: none.
DELETE FROM stage_transfers WHERE source_row IN (SELECT source_row FROM cross_matches WHERE status = 'merged')
