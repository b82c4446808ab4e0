-- AMLSim's older sample output cash_tx.csv (TXN_ID,ACCOUNT_ID,BRANCH_ID,TXN_SOURCE_TYPE_CODE,
-- tx_count,TXN_AMOUNT_ORIG,RUN_DATE,end) → stage_transfers: CASH-OUT moves money from the
-- account to cash at the branch (cash:amlsim-branch-<id>, terminal), CASH-IN the other way.
-- RUN_DATE is the day step. tx_id amlsim-cash:<TXN_ID> (cash and transfer ids overlap).
-- Parameters: $path, $epoch, $currency.
INSERT INTO stage_transfers
SELECT n, to_json(r)::VARCHAR, 'amlsim-cash:' || trim(r.TXN_ID),
  coalesce(strftime($epoch::TIMESTAMP + to_days(try_cast(r.RUN_DATE AS INTEGER) - 1), '%Y-%m-%dT%H:%M:%S') || '+00:00', r.RUN_DATE),
  CASE WHEN upper(r.TXN_SOURCE_TYPE_CODE) = 'CASH-IN' THEN 'cash:amlsim-branch-' || trim(r.BRANCH_ID) ELSE 'amlsim:' || trim(r.ACCOUNT_ID) END,
  CASE WHEN upper(r.TXN_SOURCE_TYPE_CODE) = 'CASH-IN' THEN 'amlsim:' || trim(r.ACCOUNT_ID) ELSE 'cash:amlsim-branch-' || trim(r.BRANCH_ID) END,
  r.TXN_AMOUNT_ORIG, $currency, NULL, NULL, r.TXN_SOURCE_TYPE_CODE, NULL, NULL, NULL
FROM (
  SELECT row_number() OVER () AS n, t AS r
  FROM read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"',
    columns = {'TXN_ID': 'VARCHAR', 'ACCOUNT_ID': 'VARCHAR', 'BRANCH_ID': 'VARCHAR', 'TXN_SOURCE_TYPE_CODE': 'VARCHAR',
               'tx_count': 'VARCHAR', 'TXN_AMOUNT_ORIG': 'VARCHAR', 'RUN_DATE': 'VARCHAR', 'end': 'VARCHAR'}) t
)
ORDER BY n
