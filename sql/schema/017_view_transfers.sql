-- The stable view investigators query (column names as in docs/spec/cli-contract.md, plus valuation
-- and provenance). Inferred links are included and flagged.
CREATE OR REPLACE VIEW transfers AS
SELECT t.tx_id, t.ts AS timestamp, t.from_account, t.to_account, t.amount, t.currency,
       t.amount_received, t.currency_received, t.channel, t.reference,
       t.balance_after_from, t.balance_after_to, t.value_out, t.value_in, t.fx_source,
       t.inferred, s.path AS source_file, t.source_row, t.load_seq
FROM transfer_records t LEFT JOIN sources s USING (source_id);
