-- mapped_rows: the rows of a mapped CSV/XLSX file as JSON objects (column name → text), in
-- file order (n = source_row). XLSX rows are appended from JS; CSV rows come from read_rows_*.
CREATE OR REPLACE TEMP TABLE mapped_rows (n BIGINT, j JSON)
