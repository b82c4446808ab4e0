-- The entity-level view: every account that belongs to a resolved entity (two or more
-- linked accounts, or one account with a holder name), for traces, detection and reports to
-- group by ("this collector's three wallets"). confidence is the weakest link that joins the
-- account to its entity (1 for the entity's first account).
CREATE TABLE IF NOT EXISTS account_entities (
  account_id  VARCHAR PRIMARY KEY,
  entity_id   VARCHAR NOT NULL,
  entity_name VARCHAR,
  accounts    INTEGER NOT NULL,   -- how many accounts the entity has
  confidence  DOUBLE  NOT NULL
);
