-- Every account of the case with what identifies its holder, for default-deny redaction:
-- each one that is not a suspect's and not a service, cash point, agent or merchant is
-- treated as a natural person's and pseudonymised (docs/security.md, Redaction).
-- params: none
-- columns: account_id, kind, id_type, holder_name, institution, entity_id, entity_name
SELECT a.account_id, a.kind, a.id_type, a.holder_name, a.institution, e.entity_id, e.entity_name
FROM account_records a
LEFT JOIN account_entities e USING (account_id)
ORDER BY a.account_id;
