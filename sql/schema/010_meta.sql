-- Case-wide settings: reporting_currency (fixed when the case is created), schema_version,
-- schema_stamp (which sql/schema files were applied: an open applies them only if they changed),
-- redaction_secret (per-case key for stable pseudonyms), created_by (tool version).
CREATE TABLE IF NOT EXISTS meta (
  key   VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);
