-- Evaluation: loads an AMLSim legacy sample (transactions.csv: sourceNodeId,targetNodeId,
-- value,time) as transfers; time step n = day n after 2020-01-01; accounts node:<id>.
-- params: $path VARCHAR
INSERT INTO transfer_records (tx_id, ts, from_account, to_account, amount, currency, amount_received,
  currency_received, value_out, value_in, load_seq)
WITH src AS (SELECT *, row_number() OVER () AS rn FROM read_csv($path, header = true, all_varchar = true))
SELECT 'A-' || rn, TIMESTAMP '2020-01-01' + to_days(CAST(time AS INTEGER)), 'node:' || sourceNodeId, 'node:' || targetNodeId,
       CAST(value AS DECIMAL(18,2)), 'USD', CAST(value AS DECIMAL(18,2)), 'USD',
       CAST(value AS DECIMAL(18,2)), CAST(value AS DECIMAL(18,2)), rn
FROM src WHERE sourceNodeId <> targetNodeId AND CAST(value AS DOUBLE) > 0;
