-- Store one link between two accounts, with its evidence (JSON list of sentences).
-- params: $account_a, $account_b, $kind, $confidence, $decision, $evidence
INSERT INTO entity_links (account_a, account_b, kind, confidence, decision, evidence)
VALUES ($account_a, $account_b, $kind, $confidence, $decision, $evidence);
