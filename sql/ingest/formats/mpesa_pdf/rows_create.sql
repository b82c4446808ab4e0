-- mpesa_rows for a PDF statement: the rows its layout gave (src/ingest/formats/mpesaPdfLayout.ts),
-- appended by the reader, in the shape the CSV reader's ingest/formats/mpesa/read gives, so both
-- share ingest/formats/mpesa/lines and the staging after it. n is the row's source_row.
-- Parameters: none. Columns: n, receipt, completion_time, details, status, paid_in, withdrawn, balance, raw.
CREATE OR REPLACE TEMP TABLE mpesa_rows (
  n BIGINT, receipt VARCHAR, completion_time VARCHAR, details VARCHAR, status VARCHAR,
  paid_in VARCHAR, withdrawn VARCHAR, balance VARCHAR, raw VARCHAR
);
