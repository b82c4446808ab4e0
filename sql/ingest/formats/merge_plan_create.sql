-- The amendments one statement makes to transfers already loaded (see merge_candidates).
CREATE OR REPLACE TEMP TABLE merge_plan (
  tx_id VARCHAR, column_name VARCHAR, old_value VARCHAR, new_value VARCHAR, source_row BIGINT, reason VARCHAR
)
