-- The entity-level view for traces, detection and reports: every account with the entity it
-- belongs to (itself, when no link joins it to others), so grouping by entity_id shows "this
-- collector's three wallets" as one. Filled by `flowtrace entities`.
CREATE OR REPLACE VIEW account_entity AS
SELECT a.account_id, coalesce(e.entity_id, a.account_id) AS entity_id,
       coalesce(e.entity_name, a.holder_name) AS entity_name, coalesce(e.accounts, 1) AS entity_accounts,
       coalesce(e.confidence, 1.0) AS confidence
FROM account_records a LEFT JOIN account_entities e USING (account_id);
