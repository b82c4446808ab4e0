-- Evaluation: sender and receiver of every transfer, and its label where a loader stored one
-- in reference, to map findings' evidence back to accounts and labelled transfers.
-- columns: tx_id, from_account, to_account, label
SELECT tx_id, from_account, to_account, coalesce(reference, '') AS label FROM transfer_records ORDER BY tx_id;
