-- Every input file loaded into the case, with its fingerprint. A file with the same SHA-256
-- is never loaded twice. Row counts satisfy rows_read = rows_loaded + rows_quarantined.
CREATE TABLE IF NOT EXISTS sources (
  source_id        INTEGER PRIMARY KEY,
  path             VARCHAR NOT NULL,   -- as given on the command line
  file_name        VARCHAR NOT NULL,
  sha256           VARCHAR NOT NULL UNIQUE,
  size_bytes       BIGINT  NOT NULL,
  format           VARCHAR NOT NULL,   -- canonical-transfers, canonical-accounts, canonical-fx, mpesa, camt053, ...
  record_kind      VARCHAR NOT NULL,   -- transfers | accounts | fx | statements | ...
  options          VARCHAR NOT NULL,   -- JSON: format options, mapping, timezone
  loaded_at        TIMESTAMP NOT NULL, -- UTC
  rows_read        BIGINT NOT NULL,
  rows_loaded      BIGINT NOT NULL,
  rows_quarantined BIGINT NOT NULL
);
