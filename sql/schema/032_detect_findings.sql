-- Per finding in a detection run. finding_id = pattern + hash of its accounts (stable across
-- runs on the same data). accounts, evidence (supporting transfer ids) and seeds (the
-- transfers a forward trace of this finding starts from) are JSON lists; facts is the JSON
-- the explanation was written from.
CREATE TABLE IF NOT EXISTS detect_findings (
  detect_id   VARCHAR NOT NULL,
  rank        INTEGER NOT NULL,
  finding_id  VARCHAR NOT NULL,
  pattern     VARCHAR NOT NULL,
  accounts    VARCHAR NOT NULL,
  score       DOUBLE NOT NULL,
  explanation VARCHAR NOT NULL,
  evidence    VARCHAR NOT NULL,
  seeds       VARCHAR NOT NULL,
  facts       VARCHAR NOT NULL
);
