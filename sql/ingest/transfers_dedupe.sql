-- Duplicate transaction ids: among the checked rows that passed the row checks, the first row
-- of an id stays and every later one is a duplicate, as is a row whose id the case already has
-- (the loaded one stays). Takes precedence over a missing FX rate. Run after transfers_check.
-- Duplicates are rare, so the ids seen more than once are a small table to join against.
UPDATE checked_transfers AS c SET fail_code = 'duplicate_tx', fail_column = 'tx_id'
WHERE (c.fail_code IS NULL OR c.fail_code = 'no_fx_rate')
  AND (c.tx_id IN (SELECT tx_id FROM transfer_records)
       OR c.source_row IN (
         SELECT source_row FROM checked_transfers d
         JOIN (SELECT tx_id, min(source_row) AS first_row
               FROM checked_transfers
               WHERE fail_code IS NULL OR fail_code = 'no_fx_rate'
               GROUP BY tx_id HAVING count(*) > 1) m
           ON m.tx_id = d.tx_id AND d.source_row > m.first_row
         WHERE d.fail_code IS NULL OR d.fail_code = 'no_fx_rate'));
