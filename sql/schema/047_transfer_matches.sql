-- One transfer, however many records show it (docs/ingest.md, "Cross-source reconciliation").
-- A row of a later file that shows a transfer already loaded from another record (the other
-- party's statement, the operator's export, the bank's statement, a broker's ledger) is merged
-- into it: the row is quarantined with reason_code 'merged' (raw kept; rows_read = rows_loaded
-- + rows_quarantined holds) and listed here with the reasons and confidence of the match. A row
-- that fits several loaded transfers is loaded as it is and listed once per candidate with
-- status 'to_confirm': never merged silently.
CREATE TABLE IF NOT EXISTS transfer_matches (
  source_id   INTEGER NOT NULL,          -- the later file
  source_row  BIGINT  NOT NULL,          -- its row
  row_tx_id   VARCHAR,                   -- the id the row gives (a wallet's own receipt, ...)
  tx_id       VARCHAR NOT NULL,          -- the loaded transfer it was merged into (or a candidate)
  status      VARCHAR NOT NULL,          -- merged | to_confirm
  match_kind  VARCHAR NOT NULL,          -- same_id | payout (same receiver, amount, time) | deposit (same sender, amount, time)
  confidence  VARCHAR NOT NULL,          -- high | medium
  reasons     VARCHAR NOT NULL           -- in words
);
