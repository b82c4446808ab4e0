-- LDBC FinBench AccountTransferAccount.csv (fromId|toId|amount|createTime|orderNum|comment|
-- payType|goodsType) or AccountWithdrawAccount.csv (fromId|toId|amount|createTime) → stage_transfers.
-- Account ids exceed 2^53 and are kept as text (finbench:<id>), never as numbers. createTime
-- 'YYYY-MM-DD HH:MM:SS.mmm' is UTC. tx_id finbench:<kind>:<row> (the files have none; orderNum
-- is kept in reference); channel transfer/withdraw (or payType).
-- Parameters: $path, $kind ('transfer' | 'withdraw'), $currency.
INSERT INTO stage_transfers
SELECT n, CASE WHEN $kind = 'withdraw' THEN to_json({fromId: r.fromId, toId: r.toId, amount: r.amount, createTime: r.createTime}) ELSE to_json(r) END::VARCHAR,
  'finbench:' || $kind || ':' || n::VARCHAR,
  CASE WHEN try_cast(r.createTime AS TIMESTAMP) IS NOT NULL THEN strftime(r.createTime::TIMESTAMP, '%Y-%m-%dT%H:%M:%S.%g') || '+00:00' ELSE r.createTime END,
  'finbench:' || trim(r.fromId), 'finbench:' || trim(r.toId), r.amount, $currency, NULL, NULL,
  coalesce(nullif(trim(r.payType), ''), $kind),
  CASE WHEN r.orderNum IS NOT NULL THEN 'orderNum=' || r.orderNum END,
  NULL, NULL
FROM (
  SELECT row_number() OVER () AS n, t AS r
  FROM read_csv($path, header = true, auto_detect = false, delim = '|', quote = '"', escape = '"', null_padding = true,
    columns = {'fromId': 'VARCHAR', 'toId': 'VARCHAR', 'amount': 'VARCHAR', 'createTime': 'VARCHAR',
               'orderNum': 'VARCHAR', 'comment': 'VARCHAR', 'payType': 'VARCHAR', 'goodsType': 'VARCHAR'}) t
)
ORDER BY n
