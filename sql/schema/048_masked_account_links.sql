-- A masked account (as a receipt prints it: bank:Commercial Bank of Ethiopia/1****1000) and the
-- full account it is thought to be: same bank, same first digit and last four digits, the same
-- holder name, and a transfer of the same amount on the same day involving the full account.
-- Never applied silently: the masked id stays in transfers; this table holds the evidence
-- (a JSON list of sentences) and a confidence (0.9 for the only candidate, shared among several).
CREATE TABLE IF NOT EXISTS masked_account_links (
  masked_account VARCHAR NOT NULL,
  account_id     VARCHAR NOT NULL,
  confidence     DOUBLE  NOT NULL,
  evidence       VARCHAR NOT NULL,
  source_id      INTEGER NOT NULL,   -- the receipt's file
  source_row     BIGINT  NOT NULL
);
