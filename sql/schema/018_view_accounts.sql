-- The stable accounts view (docs/spec/cli-contract.md columns, plus identifier type and provenance).
CREATE OR REPLACE VIEW accounts AS
SELECT a.account_id, a.kind, a.holder_name, a.institution, a.country, a.opening_balance,
       a.id_type, a.holder_name_norm, s.path AS source_file, a.source_row
FROM account_records a LEFT JOIN sources s USING (source_id);
