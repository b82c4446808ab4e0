-- Whether DuckDB keeps row order when copying: needed while staging (row numbers come from
-- insertion order), not when loading checked rows (load_seq carries the order), where keeping
-- it makes a 10M-row insert buffer and reorder everything.
-- params: $keep BOOLEAN
SET preserve_insertion_order = $keep;
