-- AMLSim transactions.csv in the current output format (tran_id,orig_acct,bene_acct,tx_type,
-- base_amt,tran_timestamp,is_sar,alert_id) → stage_transfers. tx_id amlsim:<tran_id>; accounts
-- amlsim:<acct id>; channel tx_type; reference keeps the SAR label and alert id when set.
-- Parameters: $path, $currency.
INSERT INTO stage_transfers
SELECT n,
  to_json({tran_id: tran_id, orig_acct: orig_acct, bene_acct: bene_acct, tx_type: tx_type, base_amt: base_amt,
           tran_timestamp: tran_timestamp, is_sar: is_sar, alert_id: alert_id})::VARCHAR,
  'amlsim:' || trim(tran_id), tran_timestamp,
  'amlsim:' || trim(orig_acct), 'amlsim:' || trim(bene_acct), base_amt, $currency,
  NULL, NULL, tx_type,
  CASE WHEN lower(trim(is_sar)) = 'true' THEN 'is_sar=true alert_id=' || trim(alert_id) END,
  NULL, NULL
FROM (
  SELECT row_number() OVER () AS n, *
  FROM read_csv($path, header = true, all_varchar = true, delim = ',', quote = '"', auto_detect = false,
    columns = {'tran_id': 'VARCHAR', 'orig_acct': 'VARCHAR', 'bene_acct': 'VARCHAR', 'tx_type': 'VARCHAR',
               'base_amt': 'VARCHAR', 'tran_timestamp': 'VARCHAR', 'is_sar': 'VARCHAR', 'alert_id': 'VARCHAR'})
)
ORDER BY n
