-- PaySim log CSV → stage_transfers, one per row. step is an hour of the simulation:
-- timestamp = $epoch + (step − 1) hours (step 1 is the epoch's first hour; the epoch is an
-- option because PaySim names none). CASH_IN moves money from the merchant/agent (nameDest)
-- to the customer (nameOrig), so its direction is reversed; every other type is
-- nameOrig → nameDest. Customers (C…) are paysim:C…, merchants (M…) merchant:M….
-- newbalanceOrig is the customer's stated balance after the row (known balance); destination
-- balances are not used (merchants' are always 0, and PaySim's are often inconsistent).
-- tx_id: paysim:<row>; channel: the type; reference: fraud labels when set.
-- Parameters: $path, $epoch (TIMESTAMP text, UTC), $currency.
INSERT INTO stage_transfers
WITH f AS (
  SELECT row_number() OVER () AS n, *
  FROM read_csv($path, header = true, all_varchar = true, delim = ',', quote = '"', auto_detect = false,
    columns = {'step': 'VARCHAR', 'type': 'VARCHAR', 'amount': 'VARCHAR', 'nameOrig': 'VARCHAR',
               'oldbalanceOrg': 'VARCHAR', 'newbalanceOrig': 'VARCHAR', 'nameDest': 'VARCHAR',
               'oldbalanceDest': 'VARCHAR', 'newbalanceDest': 'VARCHAR', 'isFraud': 'VARCHAR',
               'isFlaggedFraud': 'VARCHAR'})
), a AS (
  SELECT *,
    CASE WHEN nameOrig LIKE 'M%' THEN 'merchant:' ELSE 'paysim:' END || nameOrig AS orig,
    CASE WHEN nameDest LIKE 'M%' THEN 'merchant:' ELSE 'paysim:' END || nameDest AS dest,
    upper(trim(type)) = 'CASH_IN' AS reversed
  FROM f
)
SELECT n,
  to_json({step: step, type: type, amount: amount, nameOrig: nameOrig, oldbalanceOrg: oldbalanceOrg,
           newbalanceOrig: newbalanceOrig, nameDest: nameDest, oldbalanceDest: oldbalanceDest,
           newbalanceDest: newbalanceDest, isFraud: isFraud, isFlaggedFraud: isFlaggedFraud})::VARCHAR,
  'paysim:' || n::VARCHAR,
  coalesce(strftime($epoch::TIMESTAMP + to_hours(try_cast(step AS BIGINT) - 1), '%Y-%m-%dT%H:%M:%S') || '+00:00', step),
  CASE WHEN reversed THEN dest ELSE orig END,
  CASE WHEN reversed THEN orig ELSE dest END,
  amount, $currency, NULL, NULL, type,
  CASE WHEN try_cast(isFraud AS DOUBLE) = 1 OR try_cast(isFlaggedFraud AS DOUBLE) = 1
       THEN 'isFraud=' || (try_cast(isFraud AS DOUBLE) = 1)::INT || ' isFlaggedFraud=' || (try_cast(isFlaggedFraud AS DOUBLE) = 1)::INT END,
  CASE WHEN reversed THEN NULL ELSE newbalanceOrig END,
  CASE WHEN reversed THEN newbalanceOrig ELSE NULL END
FROM a
ORDER BY n
