-- How many notes the scratch table holds (trace/store_notes is skipped when none: its join
-- would still scan the account ids).
-- params: none
-- columns: n
SELECT count(*) AS n FROM trace_out_notes;
