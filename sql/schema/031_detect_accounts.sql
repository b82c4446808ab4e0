-- Per account with a finding or a role in a detection run. rank 1 = highest score (ties by
-- account id). roles and findings are JSON lists; explanation says in words why the account
-- scored as it did (and, for look-alikes such as agents and schools, why it scored low).
CREATE TABLE IF NOT EXISTS detect_accounts (
  detect_id   VARCHAR NOT NULL,
  rank        INTEGER NOT NULL,
  account_id  VARCHAR NOT NULL,
  score       DOUBLE NOT NULL,
  roles       VARCHAR NOT NULL,
  findings    VARCHAR NOT NULL,
  lookalike   VARCHAR,            -- mobile_money_agent|school_or_church|merchant, or NULL
  explanation VARCHAR NOT NULL
);
