-- Seed transfers left out because the investigator labelled the transfer, or an account on
-- either side of it, exclude (the current label: see casework/labels); with the note's text.
-- params: $tx_ids VARCHAR (JSON list of seed tx ids)
-- columns: tx_id, target, reason, note_id
WITH excluded AS (
  SELECT target_kind, target, text, note_id FROM case_labels WHERE label = 'exclude'
),
seeds AS (
  SELECT unnest(from_json($tx_ids, '["VARCHAR"]')) AS tx_id
)
SELECT s.tx_id, arg_min(x.target, x.note_id) AS target, arg_min(x.text, x.note_id) AS reason, min(x.note_id) AS note_id
FROM seeds s
JOIN transfer_records t ON t.tx_id = s.tx_id
JOIN excluded x ON (x.target_kind = 'transfer' AND x.target = t.tx_id)
                OR (x.target_kind = 'account' AND x.target IN (t.from_account, t.to_account))
GROUP BY s.tx_id
ORDER BY s.tx_id;
