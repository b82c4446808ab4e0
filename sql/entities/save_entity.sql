-- Store one account's entity.
-- params: $account_id, $entity_id, $entity_name, $accounts, $confidence
INSERT INTO account_entities (account_id, entity_id, entity_name, accounts, confidence)
VALUES ($account_id, $entity_id, $entity_name, $accounts, $confidence);
