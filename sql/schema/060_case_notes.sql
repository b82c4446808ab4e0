-- The investigator's notes and labels (docs/casework.md). Append-only: adding, editing and
-- retracting a note each add a version; nothing is updated or deleted, so the history of
-- every note (its old text after an edit or a retraction) stays in the case.
CREATE TABLE IF NOT EXISTS case_note_versions (
  note_id     INTEGER NOT NULL,
  version     INTEGER NOT NULL,
  action      VARCHAR NOT NULL,   -- add | edit | retract
  target_kind VARCHAR NOT NULL,   -- account | transfer
  target      VARCHAR NOT NULL,   -- account_id or tx_id
  label       VARCHAR,            -- suspect, victim, relative, collector, broker, leader, front, exclude
  text        VARCHAR NOT NULL,
  reason      VARCHAR,            -- why it was retracted
  author      VARCHAR NOT NULL,
  noted_at    TIMESTAMP NOT NULL,
  PRIMARY KEY (note_id, version)
);
