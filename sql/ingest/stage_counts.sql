-- How many rows the format staged, per staging table (rows_read is their sum).
SELECT (SELECT count(*) FROM stage_transfers) AS transfers, (SELECT count(*) FROM stage_accounts) AS accounts,
       (SELECT count(*) FROM stage_fx) AS fx, (SELECT count(*) FROM stage_rejects) AS rejects,
       (SELECT count(*) - count(DISTINCT source_row) FROM (
          SELECT source_row FROM stage_transfers UNION ALL SELECT source_row FROM stage_accounts
          UNION ALL SELECT source_row FROM stage_fx UNION ALL SELECT source_row FROM stage_rejects)) AS repeated_rows;
