-- AMLSim's older sample output tx.csv (TXN_ID,ACCOUNT_ID,COUNTER_PARTY_ACCOUNT_NUM,
-- TXN_SOURCE_TYPE_CODE,tx_count,TXN_AMOUNT_ORIG,start,end) → stage_transfers: ACCOUNT_ID pays
-- COUNTER_PARTY_ACCOUNT_NUM; start is the day step (timestamp = $epoch + (start − 1) days);
-- tx_id amlsim:<TXN_ID>; channel the source type code.
-- Parameters: $path, $epoch, $currency.
INSERT INTO stage_transfers
SELECT n, to_json(r)::VARCHAR, 'amlsim:' || trim(r.TXN_ID),
  coalesce(strftime($epoch::TIMESTAMP + to_days(try_cast(r."start" AS INTEGER) - 1), '%Y-%m-%dT%H:%M:%S') || '+00:00', r."start"),
  'amlsim:' || trim(r.ACCOUNT_ID), 'amlsim:' || trim(r.COUNTER_PARTY_ACCOUNT_NUM), r.TXN_AMOUNT_ORIG, $currency,
  NULL, NULL, r.TXN_SOURCE_TYPE_CODE, NULL, NULL, NULL
FROM (
  SELECT row_number() OVER () AS n, t AS r
  FROM read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"',
    columns = {'TXN_ID': 'VARCHAR', 'ACCOUNT_ID': 'VARCHAR', 'COUNTER_PARTY_ACCOUNT_NUM': 'VARCHAR',
               'TXN_SOURCE_TYPE_CODE': 'VARCHAR', 'tx_count': 'VARCHAR', 'TXN_AMOUNT_ORIG': 'VARCHAR',
               'start': 'VARCHAR', 'end': 'VARCHAR'}) t
)
ORDER BY n
