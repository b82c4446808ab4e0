-- Changes made to an already-loaded transfer by a later file that records the same transfer
-- (the other party's statement: same id, time and amount). A masked counterparty the first
-- statement showed (masked:07******804) is replaced by the later statement's owner when the
-- visible digits fit, and the owner's stated balance is added as a known balance. Each change
-- names the file and row that justify it, so the record stays explainable.
CREATE TABLE IF NOT EXISTS transfer_amendments (
  tx_id       VARCHAR NOT NULL,
  column_name VARCHAR NOT NULL,          -- from_account | to_account | balance_after_from | balance_after_to
  old_value   VARCHAR,
  new_value   VARCHAR NOT NULL,
  source_id   INTEGER NOT NULL,          -- the later file
  source_row  BIGINT  NOT NULL,          -- its row (quarantined there as duplicate_tx, raw kept)
  reason      VARCHAR NOT NULL
);
