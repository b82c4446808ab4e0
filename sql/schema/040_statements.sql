-- Relatives' and victims' statements as given (every field text, exactly as written), with the
-- file and row they came from. The people named here are who redaction protects.
CREATE TABLE IF NOT EXISTS statement_records (
  statement_id    VARCHAR PRIMARY KEY,
  victim          VARCHAR,
  payer_name      VARCHAR,
  payer_phone     VARCHAR,
  paid_on         VARCHAR,
  amount          VARCHAR,
  currency        VARCHAR,
  paid_to         VARCHAR,
  paid_to_country VARCHAR,
  channel         VARCHAR,
  notes           VARCHAR,
  file            VARCHAR NOT NULL,
  file_row        BIGINT  NOT NULL   -- 1-based data row
);
