-- Evaluation: the network accounts a generated case's crime actually used: those its ransom
-- payments reached, then (recursively) the network accounts those paid. A spare wallet of a
-- collector that only ever bought airtime is in the answer key but cannot be found from
-- behaviour, so it is left out of recall.
-- params: $seeds VARCHAR[] (ransom payment tx ids), $network VARCHAR[] (answer-key accounts)
-- columns: account_id
WITH RECURSIVE reach(account_id) AS (
  SELECT to_account FROM transfer_records WHERE list_contains($seeds, tx_id)
  UNION
  SELECT t.to_account FROM transfer_records t JOIN reach r ON t.from_account = r.account_id
  WHERE list_contains($network, t.to_account)
)
SELECT account_id FROM reach WHERE list_contains($network, account_id) ORDER BY account_id;
