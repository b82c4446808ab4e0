-- The custody log (docs/casework.md): one entry per command that changed the case, each
-- holding the hash of the entry before it. `tables_before`/`tables_after` are the digest of
-- every base table ("rows:sum-of-row-MD5s") before and after the command; `files` the SHA-256
-- of the input and output files named on its command line.
CREATE TABLE IF NOT EXISTS custody_log (
  seq           INTEGER PRIMARY KEY,
  logged_at     VARCHAR NOT NULL,   -- ISO 8601 UTC
  author        VARCHAR NOT NULL,
  command       VARCHAR NOT NULL,   -- JSON array: the command line
  tool_version  VARCHAR NOT NULL,
  exit_code     INTEGER NOT NULL,
  files         VARCHAR NOT NULL,   -- JSON [{path, role, sha256, bytes}]
  tables_before VARCHAR NOT NULL,   -- JSON {table: digest}
  tables_after  VARCHAR NOT NULL,   -- JSON {table: digest}
  prev_hash     VARCHAR NOT NULL,
  hash          VARCHAR NOT NULL
);
