-- Why two accounts are thought to belong to one person or organisation: a shared identifier
-- (the same phone inside two account ids, the same national id) or similar holder names.
-- decision: auto (computed), confirmed or rejected (from the investigator's links file).
-- evidence is a JSON list of sentences. account_a < account_b.
CREATE TABLE IF NOT EXISTS entity_links (
  account_a  VARCHAR NOT NULL,
  account_b  VARCHAR NOT NULL,
  kind       VARCHAR NOT NULL,   -- shared_phone|shared_identifier|similar_name|manual
  confidence DOUBLE  NOT NULL,
  decision   VARCHAR NOT NULL,
  evidence   VARCHAR NOT NULL
);
