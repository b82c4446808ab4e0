-- Hawala legs, recorded (not inferred). An 'in' leg puts money on a broker's books from
-- outside hawala (payer → hawala:A/client) or, in a broker's own ledger, from a client to the
-- keeper (hawala:A/client → hawala:A). An 'out' leg takes it off them (hawala:B/client →
-- collector, or hawala:B → hawala:B/client). Transfers between two brokers are settlements,
-- recorded, and not legs. A bridge pairs an in leg at A with a later out leg at B.
-- A hawala account is one of kind 'hawala' or with a hawala: id; its broker is its
-- institution, else the name after "hawala:"; the keeper's own account has no "/client".
-- params: none
-- columns: leg, tx_id, ts (ISO), epoch (seconds), hawala_account, other_account, amount,
--   currency, amount_received, currency_received, value_out, value_in, reference, broker, country
WITH h AS (
  SELECT account_id, country, account_id NOT LIKE 'hawala:%/%' AS keeper,
         coalesce(institution, split_part(substr(account_id, 8), '/', 1)) AS broker
  FROM account_records
  WHERE kind = 'hawala' OR account_id LIKE 'hawala:%'
),
legs AS (
  SELECT t.*, th.broker AS to_broker, th.country AS to_country, fh.broker AS from_broker, fh.country AS from_country,
         CASE WHEN th.account_id IS NOT NULL AND (fh.account_id IS NULL OR (fh.broker = th.broker AND th.keeper)) THEN 'in'
              WHEN fh.account_id IS NOT NULL AND (th.account_id IS NULL OR (fh.broker = th.broker AND fh.keeper)) THEN 'out'
         END AS leg
  FROM transfer_records t
  LEFT JOIN h th ON th.account_id = t.to_account
  LEFT JOIN h fh ON fh.account_id = t.from_account
  WHERE NOT t.inferred
)
SELECT leg, tx_id, strftime(ts, '%Y-%m-%dT%H:%M:%SZ') AS ts, CAST(epoch(ts) AS DOUBLE) AS epoch,
       CASE leg WHEN 'in' THEN to_account ELSE from_account END AS hawala_account,
       CASE leg WHEN 'in' THEN from_account ELSE to_account END AS other_account,
       CAST(amount AS VARCHAR) AS amount, currency, CAST(amount_received AS VARCHAR) AS amount_received,
       currency_received, CAST(value_out AS DOUBLE) AS value_out, CAST(value_in AS DOUBLE) AS value_in, reference,
       CASE leg WHEN 'in' THEN to_broker ELSE from_broker END AS broker,
       CASE leg WHEN 'in' THEN to_country ELSE from_country END AS country
FROM legs
WHERE leg IS NOT NULL
ORDER BY ts, load_seq;
