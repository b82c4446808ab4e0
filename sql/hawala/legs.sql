-- Hawala legs, recorded (not inferred): 'in' legs pay into a hawala broker's account from
-- outside hawala (payer → hawaladar A), 'out' legs pay out of one to outside (hawaladar B →
-- collector). A bridge pairs an in leg with a later out leg; no record links them.
-- params: none
-- columns: leg, tx_id, ts (ISO), epoch (seconds), hawala_account, other_account, amount,
--   currency, amount_received, currency_received, value_out, value_in, reference, broker, country
SELECT CASE WHEN th.kind = 'hawala' THEN 'in' ELSE 'out' END AS leg,
       t.tx_id, strftime(t.ts, '%Y-%m-%dT%H:%M:%SZ') AS ts, CAST(epoch(t.ts) AS DOUBLE) AS epoch,
       CASE WHEN th.kind = 'hawala' THEN t.to_account ELSE t.from_account END AS hawala_account,
       CASE WHEN th.kind = 'hawala' THEN t.from_account ELSE t.to_account END AS other_account,
       CAST(t.amount AS VARCHAR) AS amount, t.currency, CAST(t.amount_received AS VARCHAR) AS amount_received,
       t.currency_received, CAST(t.value_out AS DOUBLE) AS value_out, CAST(t.value_in AS DOUBLE) AS value_in,
       t.reference,
       coalesce(CASE WHEN th.kind = 'hawala' THEN th.institution ELSE fh.institution END,
                split_part(split_part(CASE WHEN th.kind = 'hawala' THEN t.to_account ELSE t.from_account END, ':', 2), '/', 1)) AS broker,
       CASE WHEN th.kind = 'hawala' THEN th.country ELSE fh.country END AS country
FROM transfer_records t
LEFT JOIN account_records th ON th.account_id = t.to_account
LEFT JOIN account_records fh ON fh.account_id = t.from_account
WHERE NOT t.inferred
  AND ((th.kind = 'hawala' AND coalesce(fh.kind, '') <> 'hawala')
    OR (fh.kind = 'hawala' AND coalesce(th.kind, '') <> 'hawala'))
ORDER BY t.ts, t.load_seq;
