-- Candidate transfers for each statement, ranked; chosen marks the one-to-one assignment
-- (a transfer is claimed by at most one statement). reasons is a JSON list of sentences.
-- tranche_group is set when several transfers together make up the stated amount.
CREATE TABLE IF NOT EXISTS statement_matches (
  statement_id  VARCHAR NOT NULL,
  tx_id         VARCHAR NOT NULL,
  rank          INTEGER NOT NULL,
  confidence    DOUBLE  NOT NULL,
  chosen        BOOLEAN NOT NULL,
  tranche_group VARCHAR,
  reasons       VARCHAR NOT NULL
);
