-- Accounts a reader learns from transfer rows rather than from rows of their own: a statement's
-- owner, counterparties with the name written next to their number, provider fee accounts.
-- They are not rows of the file (so not counted in rows_read); derived_apply adds them to the
-- case like accounts known only from transfers (no source), carrying kind and holder name.
CREATE OR REPLACE TEMP TABLE stage_derived_accounts (
  account_id VARCHAR, kind VARCHAR, id_type VARCHAR, holder_name VARCHAR, institution VARCHAR,
  country VARCHAR, first_row BIGINT
)
