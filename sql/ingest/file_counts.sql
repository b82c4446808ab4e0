-- What one source put into the case: rows loaded (transfers, accounts, FX rates) and quarantined.
-- params: $source_id INTEGER
SELECT (SELECT count(*) FROM transfer_records WHERE source_id = $source_id)
     + (SELECT count(*) FROM account_records WHERE source_id = $source_id)
     + (SELECT count(*) FROM fx_rates WHERE source_id = $source_id) AS loaded,
       (SELECT count(*) FROM quarantine WHERE source_id = $source_id) AS quarantined;
