-- AMLSim legacy transactions.csv (sourceNodeId,targetNodeId,value,time) → stage_transfers.
-- time is a step (a day of the simulation): timestamp = $epoch + (time − 1) days. Accounts are
-- amlsim:<node id>; tx_id amlsim:<row> (the file has none). The legacy files carry no labels
-- per transaction (labels are per account, in nodes.csv).
-- Parameters: $path, $epoch, $currency.
INSERT INTO stage_transfers
SELECT n,
  to_json({sourceNodeId: sourceNodeId, targetNodeId: targetNodeId, value: "value", time: "time"})::VARCHAR,
  'amlsim:' || n::VARCHAR,
  coalesce(strftime($epoch::TIMESTAMP + to_days(try_cast("time" AS INTEGER) - 1), '%Y-%m-%dT%H:%M:%S') || '+00:00', "time"),
  'amlsim:' || trim(sourceNodeId), 'amlsim:' || trim(targetNodeId), "value", $currency,
  NULL, NULL, NULL, NULL, NULL, NULL
FROM (
  SELECT row_number() OVER () AS n, *
  FROM read_csv($path, header = true, all_varchar = true, delim = ',', quote = '"', auto_detect = false,
    columns = {'sourceNodeId': 'VARCHAR', 'targetNodeId': 'VARCHAR', 'value': 'VARCHAR', 'time': 'VARCHAR'})
)
ORDER BY n
