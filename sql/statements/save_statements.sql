-- Store (or replace) statements as given, all at once (a JSON list of objects with the
-- columns of statement_records).
-- params: $rows VARCHAR (JSON)
INSERT OR REPLACE INTO statement_records
  (statement_id, victim, payer_name, payer_phone, paid_on, amount, currency, paid_to, paid_to_country, channel, notes, file, file_row)
SELECT j->>'statement_id', j->>'victim', j->>'payer_name', j->>'payer_phone', j->>'paid_on', j->>'amount', j->>'currency',
       j->>'paid_to', j->>'paid_to_country', j->>'channel', j->>'notes', j->>'file', CAST(j->>'file_row' AS BIGINT)
FROM (SELECT unnest(from_json($rows, '["JSON"]')) AS j);
